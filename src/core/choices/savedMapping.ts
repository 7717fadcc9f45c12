/** The meta sheet's key for the column mapping the pane saves (SPEC 2.1: "remembered in the workbook"). */
export const MAPPING_KEY = 'columnMapping';

/** A saved column correction: which sheet and header row it is for, and Excel column number -> field. */
export interface SavedMapping {
  sheet: string;
  headerRow: number;
  override: Record<number, string>;
}

/**
 * The saved mapping from the meta sheet's settings, or null when there is none or it cannot be read.
 * @example savedMapping({ columnMapping: '{"sheet":"Team","headerRow":3,"override":{"4":"level"}}' })?.override // { '4': 'level' }
 */
export function savedMapping(saved: Record<string, string>): SavedMapping | null {
  try {
    const v = JSON.parse(saved[MAPPING_KEY] ?? 'null') as SavedMapping | null;
    return v && typeof v.sheet === 'string' && typeof v.headerRow === 'number' && typeof v.override === 'object' && v.override !== null ? v : null;
  } catch {
    return null;
  }
}

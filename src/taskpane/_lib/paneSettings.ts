/** Settings the pane keeps in the workbook's meta sheet (as "setting" rows). */
export interface PaneSettings {
  organisation: string;
  /** ISO date; '' means today. */
  auditDate: string;
  fullTimeHours: string;
  cpdTargetHours: string;
}

export const SETTING_KEYS = { organisation: 'organisation', auditDate: 'auditDate', fullTimeHours: 'fullTimeHours', cpdTargetHours: 'cpdTargetHours' } as const;
export const MAPPING_KEY = 'columnMapping';

/** A saved column correction: which sheet and header row it is for, and Excel column number -> field. */
export interface SavedMapping {
  sheet: string;
  headerRow: number;
  override: Record<number, string>;
}

/** Reads the pane settings from the meta sheet's saved values. */
export function paneSettings(saved: Record<string, string>): PaneSettings {
  return {
    organisation: saved[SETTING_KEYS.organisation] ?? '',
    auditDate: saved[SETTING_KEYS.auditDate] ?? '',
    fullTimeHours: saved[SETTING_KEYS.fullTimeHours] ?? '',
    cpdTargetHours: saved[SETTING_KEYS.cpdTargetHours] ?? '',
  };
}

/** The saved mapping, or null when there is none or it cannot be read. */
export function savedMapping(saved: Record<string, string>): SavedMapping | null {
  try {
    const v = JSON.parse(saved[MAPPING_KEY] ?? 'null') as SavedMapping | null;
    return v && typeof v.sheet === 'string' && typeof v.headerRow === 'number' && typeof v.override === 'object' ? v : null;
  } catch {
    return null;
  }
}

/** Today's date in the user's time zone as yyyy-mm-dd (the pane's default audit date). */
export function todayIso(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

// The saved column mapping is read by the command line too, so it lives in core.
export { MAPPING_KEY, savedMapping, type SavedMapping } from '../../core/parse/savedMapping';

/** Settings the pane keeps in the workbook's meta sheet (as "setting" rows). */
export interface PaneSettings {
  organisation: string;
  /** ISO date; '' means today. */
  auditDate: string;
  fullTimeHours: string;
  cpdTargetHours: string;
}

export const SETTING_KEYS = { organisation: 'organisation', auditDate: 'auditDate', fullTimeHours: 'fullTimeHours', cpdTargetHours: 'cpdTargetHours' } as const;

/** Reads the pane settings from the meta sheet's saved values. */
export function paneSettings(saved: Record<string, string>): PaneSettings {
  return {
    organisation: saved[SETTING_KEYS.organisation] ?? '',
    auditDate: saved[SETTING_KEYS.auditDate] ?? '',
    fullTimeHours: saved[SETTING_KEYS.fullTimeHours] ?? '',
    cpdTargetHours: saved[SETTING_KEYS.cpdTargetHours] ?? '',
  };
}

/** Today's date in the user's time zone as yyyy-mm-dd (the pane's default audit date). */
export function todayIso(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

import type { Settings } from '../settings';
import { isIsoDate } from '../_lib/isoDate';

/** Settings the pane keeps in the workbook's meta sheet (as "setting" rows); the command line reads them too. */
export interface PaneSettings {
  organisation: string;
  /** ISO date; '' means today. */
  auditDate: string;
  fullTimeHours: string;
  cpdTargetHours: string;
}

export const SETTING_KEYS = { organisation: 'organisation', auditDate: 'auditDate', fullTimeHours: 'fullTimeHours', cpdTargetHours: 'cpdTargetHours' } as const;

/**
 * Reads the pane settings from the meta sheet's saved values.
 * @example paneSettings({ organisation: 'Northgate College' }).organisation // 'Northgate College'
 */
export function paneSettings(saved: Record<string, string>): PaneSettings {
  return {
    organisation: saved[SETTING_KEYS.organisation] ?? '',
    auditDate: saved[SETTING_KEYS.auditDate] ?? '',
    fullTimeHours: saved[SETTING_KEYS.fullTimeHours] ?? '',
    cpdTargetHours: saved[SETTING_KEYS.cpdTargetHours] ?? '',
  };
}

function positive(text: string): number | null {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * The pane's saved audit date when it is a real date, else null (today, or the Settings sheet's, applies).
 * @example paneAuditDate({ ...pane, auditDate: '2026-09-01' }) // '2026-09-01'
 */
export function paneAuditDate(pane: PaneSettings): string | null {
  return isIsoDate(pane.auditDate) ? pane.auditDate : null;
}

/**
 * Settings with the pane's saved organisation, full-time hours and CPD target over the Settings sheet's (blank ones keep them).
 * @example withPaneSettings(defaultSettings('2026-09-01'), { ...pane, fullTimeHours: '36' }).fullTimeHours // 36
 */
export function withPaneSettings(settings: Settings, pane: PaneSettings): Settings {
  const hours = positive(pane.fullTimeHours);
  const cpd = positive(pane.cpdTargetHours);
  return {
    ...settings,
    ...(pane.organisation.trim() ? { organisation: pane.organisation.trim() } : {}),
    ...(hours ? { fullTimeHours: hours } : {}),
    ...(cpd ? { cpdTargetHours: cpd } : {}),
  };
}

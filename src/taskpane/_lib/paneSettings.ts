// The saved column mapping is read by the command line too, so it lives in core.
export { MAPPING_KEY, savedMapping, type SavedMapping } from '../../core/parse/savedMapping';

// The pane's saved settings are read by the command line too, so they live in core.
export { paneSettings, SETTING_KEYS, type PaneSettings } from '../../core/parse/paneSettings';

/** Today's date in the user's time zone as yyyy-mm-dd (the pane's default audit date). */
export function todayIso(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

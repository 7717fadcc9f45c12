// The saved column mapping is read by the command line too, so it lives in core.
export { MAPPING_KEY, savedMapping, type SavedMapping } from '../../core/parse/savedMapping';

// The pane's saved settings are read by the command line too, so they live in core.
export { paneSettings, SETTING_KEYS, type PaneSettings } from '../../core/parse/paneSettings';

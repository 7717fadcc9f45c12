// The labels live in core, shared with the command line's mapping report.
export { FIELD_LABELS, fieldLabel } from '../../core/parse/fieldLabels';

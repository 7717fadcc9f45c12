import type { ColumnMapping } from '../core/auditInput';
import { columnLetters } from '../core/_lib/columnLetters';
import { FIELD_LABELS, fieldLabel } from '../core/choices/fieldLabels';
import type { StaffField } from '../core/staffMember';

/** The mapping as the command line shows it and prints in --json: every column used, every column not used. */
export interface MappingReport {
  sheet: string;
  headerRow: number;
  /** Where the mapping came from: the headers alone, the pane's saved mapping, the command line's corrections. */
  source: string;
  columns: { field: string; label: string; column: string; header: string; confidence: number }[];
  /** Every other column of the header row, with why it is not used (from the parse). */
  unused: { column: string; header: string; reason: string }[];
  /** Staff fields (not ratings) no column was mapped to. */
  notFound: string[];
}

/**
 * Builds the report from the parse's mapping: the columns used, and those not used with the parse's reason.
 * @example mappingReport(input.mapping, 'found from the headers').unused[0] // { column: 'G', header: 'Tier', reason: 'not recognised' }
 */
export function mappingReport(mapping: ColumnMapping, source: string): MappingReport {
  const mapped = new Set<string>(mapping.columns.map((c) => c.field));
  const notFound = (Object.keys(FIELD_LABELS) as StaffField[])
    // First name and surname stand in for Name and the other way round.
    .filter((f) => !mapped.has(f) && !(f === 'name' && mapped.has('firstName')) && !((f === 'firstName' || f === 'surname') && mapped.has('name')))
    .map((f) => FIELD_LABELS[f]);
  return {
    sheet: mapping.sheet,
    headerRow: mapping.headerRow,
    source,
    columns: mapping.columns.map((c) => ({ field: c.field, label: fieldLabel(c.field), column: columnLetters(c.column), header: c.header,
      confidence: c.confidence })),
    unused: mapping.unusedColumns.map((u) => ({ column: u.column, header: u.header, reason: u.reason })),
    notFound,
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const isRating = (field: string) => field.startsWith('rating:');
// Below this a match is partial (a synonym inside a longer header): worth a look. Decorated ratings ("A1 manager") are 90%.
const SURE = 0.9;

/**
 * The report as lines of text. Rating columns are one line per kind (self, manager) unless every column is asked for;
 * a doubtful match (below 90%) is always shown on its own line.
 * @example formatMapping(report, false)[0] // 'Column mapping (sheet "LSA Team", header row 3; found from the headers):'
 */
export function formatMapping(report: MappingReport, everyColumn: boolean): string[] {
  const lines = [`Column mapping (sheet "${report.sheet}", header row ${report.headerRow}; ${report.source}):`];
  const shown = report.columns.filter((c) => everyColumn || !isRating(c.field) || c.confidence < SURE);
  const labelWidth = Math.max(14, ...shown.map((c) => c.label.length));
  const headerWidth = Math.min(40, Math.max(8, ...shown.map((c) => c.header.length + 2)));
  for (const c of shown) {
    lines.push(`  ${c.label.padEnd(labelWidth)}  ${c.column.padEnd(3)}  ${`"${c.header}"`.padEnd(headerWidth)}  ${pct(c.confidence).padStart(4)}${c.confidence < SURE ? '  check this' : ''}`);
  }
  if (!everyColumn) {
    for (const [kind, manager] of [['self', false], ['manager', true]] as const) {
      const ratings = report.columns.filter((c) => isRating(c.field) && c.field.endsWith(':manager') === manager);
      const sure = ratings.filter((c) => c.confidence >= SURE);
      if (sure.length === 0) continue;
      const codes = sure.map((c) => c.field.split(':')[1]);
      lines.push(`  ${`NOS ratings (${kind})`.padEnd(labelWidth)}  ${sure.length} columns, ${sure[0].column}-${sure[sure.length - 1].column}: ${codes[0]} ... ${codes[codes.length - 1]}, ${sure.every((c) => c.confidence >= 1) ? 'all 100%' : `${pct(Math.min(...sure.map((c) => c.confidence)))} or more`} (--show-mapping lists each)`);
    }
  }
  lines.push(report.unused.length === 0 ? 'Columns not used: none.' : `Columns not used: ${report.unused.map((u) => `${u.column} "${u.header}"${u.reason === 'not recognised' ? '' : ` (${u.reason})`}`).join(', ')}.`);
  if (report.notFound.length > 0) lines.push(`Fields not found: ${report.notFound.join(', ')}.`);
  if (report.unused.length > 0) lines.push('To use a column, add --map "FIELD=HEADER" (e.g. --map "LSA level=Grade").');
  return lines;
}

import type { ColumnMapping } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { StaffTable } from './findStaffTable';
import { readMappedField, type MappedField } from './mappedField';
import type { StaffColumn } from './staffRowContext';
import { unusedColumns } from './unusedColumns';

/** The staff table's columns as mapped: for parseStaffRow, for the pane (ColumnMapping), and problems with the override. */
export interface BuiltMapping {
  columns: StaffColumn[];
  mapping: ColumnMapping;
  issues: AuditIssue[];
}

const IGNORE = new Set(['', 'ignore', 'none', '-']);

/**
 * Maps the header's matches to columns, one column per field (the most confident, then the leftmost);
 * `override` keys are Excel column numbers (A = 1), values a field name, "rating:A1", "rating:A1:manager", or "" to ignore the column.
 * @example buildMapping(table, { 3: 'level' }).mapping.columns[0] // { column: 3, header: 'Grade', field: 'level', confidence: 1 }
 */
export function buildMapping(table: StaffTable, override: Record<number, string> = {}): BuiltMapping {
  const { sheet } = table;
  const issues: AuditIssue[] = [];
  const headerRow = sheet.firstRow + table.headerIndex;
  const chosen = new Map<number, { field: MappedField; confidence: number }>();
  for (let c = table.colStart; c < table.colEnd; c++) {
    const m = table.matches[c];
    if (m) chosen.set(c, m);
  }
  for (const [key, value] of Object.entries(override)) {
    const c = Number(key) - sheet.firstColumn;
    if (!Number.isInteger(c) || c < table.colStart || c >= table.colEnd) {
      issues.push({ sheet: sheet.name, row: headerRow, column: null, staffId: null, problem: `Column mapping names a column outside the staff table (${key}): ignored`, code: 'mapping-outside-table', value: String(value), severity: 'Error' });
      continue;
    }
    const text = String(value).trim();
    if (IGNORE.has(text.toLowerCase())) {
      chosen.delete(c);
      continue;
    }
    if (!readMappedField(text)) {
      issues.push({ sheet: sheet.name, row: headerRow, column: table.headers[c], staffId: null, problem: 'Column mapping names an unknown field: ignored', code: 'mapping-unknown-field', value: text, severity: 'Error' });
      continue;
    }
    // The user's choice wins over any automatic match of the same field.
    for (const [other, m] of chosen) if (m.field === text && !(String(other + sheet.firstColumn) in override)) chosen.delete(other);
    chosen.set(c, { field: text as MappedField, confidence: 1 });
  }
  const best = new Map<string, number>();
  for (const [c, m] of [...chosen].sort((a, b) => a[0] - b[0])) {
    const held = best.get(m.field);
    if (held === undefined || m.confidence > (chosen.get(held)?.confidence ?? 0)) best.set(m.field, c);
  }
  const columns: StaffColumn[] = [];
  const mappingColumns: ColumnMapping['columns'] = [];
  const used = new Set<number>();
  for (const c of [...best.values()].sort((a, b) => a - b)) {
    const m = chosen.get(c)!;
    const field = readMappedField(m.field);
    if (!field) continue;
    used.add(c);
    columns.push({ index: c, header: table.headers[c], field });
    mappingColumns.push({ column: sheet.firstColumn + c, header: table.headers[c], field: m.field, confidence: m.confidence });
  }
  // Matches the user set aside count as chosen-but-ignored, so the list says why.
  const matched = new Map(chosen);
  for (let c = table.colStart; c < table.colEnd; c++) if (!matched.has(c) && table.matches[c]) matched.set(c, table.matches[c]!);
  const unused = unusedColumns(table, used, matched);
  return { columns, mapping: { sheet: sheet.name, headerRow, columns: mappingColumns, unusedColumns: unused }, issues };
}

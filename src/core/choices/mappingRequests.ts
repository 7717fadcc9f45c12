import type { StaffField } from '../staffMember';
import { columnLetters } from '../_lib/columnLetters';
import { FIELD_LABELS } from './fieldLabels';
import type { StaffTable } from '../parse/findStaffTable';
import { matchHeader } from '../parse/matchHeader';
import { readMappedField, type MappedField } from '../parse/mappedField';
import { normaliseHeader } from '../parse/normaliseHeader';

/** A correction asked for by name: "this field is in the column headed this" ('' header: the field is not in the table). */
export interface MappingRequest {
  field: string;
  header: string;
}

/** The corrections as Excel column number -> field (the shape of ParseOptions.mappingOverride), or why one cannot be used. */
export type ResolvedMapping = { override: Record<number, string> } | { problem: string };

const LABELS = new Map<string,
  StaffField>(Object.entries(FIELD_LABELS).map(([field, label]) => [normaliseHeader(label), field as StaffField]));

/**
 * A field named as a user would: its label ("LSA level"), its internal name ("level"), a header synonym ("Grade" is not one,
 * "Band" is), or a rating column ("A1", "A1 manager").
 * @example fieldNamed('Hours per week') // 'hoursPerWeek'
 */
export function fieldNamed(text: string): MappedField | null {
  const trimmed = text.trim();
  if (readMappedField(trimmed)) return trimmed as MappedField;
  const byLabel = LABELS.get(normaliseHeader(trimmed));
  if (byLabel) return byLabel;
  const m = matchHeader(trimmed);
  return m && m.confidence >= 0.9 ? m.field : null;
}

/** The table's column index whose header is this text (case, spaces and punctuation ignored), else its column letter. */
function columnNamed(table: StaffTable, header: string): number | null {
  const key = normaliseHeader(header);
  for (let c = table.colStart; c < table.colEnd; c++) if (normaliseHeader(table.headers[c] ?? '') === key) return c;
  const letters = header.trim().toUpperCase();
  for (let c = table.colStart; c < table.colEnd; c++) if (columnLetters(table.sheet.firstColumn + c) === letters) return c;
  return null;
}

/**
 * Applies named corrections over a base override (the pane's saved mapping): each request puts its field on the named
 * column and takes it off any other; an empty header takes the field off the table.
 * @example resolveMappingRequests(table, {}, [{ field: 'LSA level', header: 'Grade' }]) // { override: { 3: 'level' } }
 */
export function resolveMappingRequests(table: StaffTable, base: Record<number, string>,
  requests: readonly MappingRequest[]): ResolvedMapping {
  const override: Record<number, string> = { ...base };
  const first = table.sheet.firstColumn;
  for (const request of requests) {
    const field = fieldNamed(request.field);
    if (!field) return { problem: `unknown field "${request.field}" (a field is named as in the mapping printed by --show-mapping, e.g. "LSA level" or "A1")` };
    // The field leaves every column that had it, whether by the saved mapping or by its header.
    for (let c = table.colStart; c < table.colEnd; c++) {
      const number = first + c;
      const current = number in override ? override[number] : table.matches[c]?.field;
      if (current === field) override[number] = '';
    }
    if (request.header.trim() === '') continue;
    const c = columnNamed(table, request.header);
    if (c === null) return { problem: `no column headed "${request.header}" in row ${table.sheet.firstRow + table.headerIndex} of sheet "${table.sheet.name}"` };
    override[first + c] = field;
  }
  return { override };
}

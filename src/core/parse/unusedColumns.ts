import type { UnusedColumn } from '../auditInput';
import { columnLetters } from '../_lib/columnLetters';
import { cellText, isFilled } from './_lib/cellText';
import type { StaffTable } from './findStaffTable';
import type { MappedField } from './mappedField';
import { CONTRACT_END_HEADERS } from './fieldSynonyms';
import { normaliseHeader } from './normaliseHeader';

const CONTRACT_END = new Set(CONTRACT_END_HEADERS.map(normaliseHeader));
/** Why a contract-end column is not read (SPEC 9.1). */
export const CONTRACT_END_REASON = "a fixed-term contract's end, not a leaving date (contracts are renewed): map it as Leaving date if it is one";

/** A column with no header text and nothing below it is not a column of the table, just space between columns. */
function hasData(table: StaffTable, c: number): boolean {
  for (let i = table.headerIndex + 1; i < table.endIndex; i++) if (isFilled(table.sheet.rows[i]?.[c])) return true;
  return false;
}

/**
 * Every column of the header row that no field reads, with why (SPEC 2.1 v2: nothing is dropped without a word).
 * `used` holds the mapped columns' indexes; `chosen` the fields their headers matched (a second column of one field is not used).
 * @example unusedColumns(table, new Set([0, 1]), chosen) // [{ column: 'C', header: 'Car registration', reason: 'not recognised' }]
 */
export function unusedColumns(table: StaffTable, used: ReadonlySet<number>,
  chosen: ReadonlyMap<number, { field: MappedField }>): UnusedColumn[] {
  const { sheet } = table;
  const cells = sheet.rows[table.headerIndex] ?? [];
  const columnOfField = new Map<string, number>();
  for (const c of used) {
    const m = chosen.get(c);
    if (m) columnOfField.set(m.field, c);
  }
  const out: UnusedColumn[] = [];
  for (let c = table.colStart; c < table.colEnd; c++) {
    if (used.has(c)) continue;
    const text = cellText(cells[c]);
    if (text === null && !hasData(table, c)) continue;
    const m = chosen.get(c);
    const twin = m ? columnOfField.get(m.field) : undefined;
    const reason =
      twin !== undefined ? `same field as column ${columnLetters(sheet.firstColumn + twin)} (${table.headers[twin]}), which is used`
      : m ? 'set aside by the column mapping'
      : text === null ? 'no header'
      : CONTRACT_END.has(normaliseHeader(text)) ? CONTRACT_END_REASON : 'not recognised';
    out.push({ column: columnLetters(sheet.firstColumn + c), header: text ?? '', reason });
  }
  return out;
}

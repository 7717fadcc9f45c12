import type { AuditIssue, IssueSeverity } from '../../auditIssue';
import type { AuditIssueCode } from '../../auditIssueCode';
import type { CellValue } from '../../cells/cellValue';
import type { RawSheet } from '../../cells/rawWorkbook';
import { columnLetters } from '../../_lib/columnLetters';
import { cellText, isFilled, issueCell } from './cellText';
import { FIELD_SYNONYMS } from '../fieldSynonyms';
import { normaliseHeader } from '../normaliseHeader';

/** A located column of an optional sheet. */
export interface OptionalColumn {
  index: number;
  header: string;
}

/** An optional sheet's header row and the columns found on it. */
export interface OptionalTable<K extends string> {
  sheet: RawSheet;
  headerIndex: number;
  columns: Partial<Record<K, OptionalColumn>>;
}

/**
 * Columns that name the member of staff on every optional sheet ("Staff" may hold an ID or a name). The ID's headers are
 * the staff table's: an export that heads its staff table "Payroll ID" heads its CPD log the same way.
 */
export const STAFF_REF_SYNONYMS = {
  staffId: FIELD_SYNONYMS.staffId,
  staff: ['Staff', 'Staff member', 'LSA'],
  // The staff table's name headers but "Staff member", which may hold an ID here (staff, above).
  name: FIELD_SYNONYMS.name.filter((n) => n !== 'Staff member'),
  firstName: FIELD_SYNONYMS.firstName,
  surname: FIELD_SYNONYMS.surname,
} as const;

const MAX_SCAN_ROWS = 20;

/** Finds the header row (the first of the top rows matching the most columns, at least `min`) and its columns. */
export function readOptionalTable<K extends string>(sheet: RawSheet, synonyms: Record<K, readonly string[]>,
  min = 2): OptionalTable<K> | null {
  const lookup = new Map<string, K>();
  for (const [key, names] of Object.entries(synonyms) as [K, readonly string[]][]) for (const n of names) lookup.set(normaliseHeader(n),
    key);
  let best: OptionalTable<K> | null = null;
  let bestCount = min - 1;
  for (let i = 0; i < Math.min(sheet.rows.length, MAX_SCAN_ROWS); i++) {
    const columns: Partial<Record<K, OptionalColumn>> = {};
    let count = 0;
    sheet.rows[i].forEach((cell, c) => {
      const text = cellText(cell);
      const key = text === null ? undefined : lookup.get(normaliseHeader(text));
      if (key !== undefined && !columns[key]) {
        columns[key] = { index: c, header: text ?? columnLetters(sheet.firstColumn + c) };
        count++;
      }
    });
    if (count > bestCount) {
      best = { sheet, headerIndex: i, columns };
      bestCount = count;
    }
  }
  return best;
}

/** Calls `fn` for each non-blank row below the header, with the row number Excel shows. */
export function forEachDataRow<K extends string>(table: OptionalTable<K>, fn: (cells: CellValue[], row: number) => void): void {
  const { sheet } = table;
  for (let i = table.headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] ?? [];
    if (anyFilled(cells)) fn(cells, sheet.firstRow + i);
  }
}

function anyFilled(cells: CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (isFilled(cells[i])) return true;
  return false;
}

/** The cell of a located column, or undefined when the sheet has no such column. */
export function cellOf<K extends string>(table: OptionalTable<K>, cells: CellValue[], key: K): CellValue | undefined {
  const col = table.columns[key];
  return col === undefined ? undefined : cells[col.index];
}

/**
 * Reports a problem with one located cell of a row as an AuditIssue (its header, the row Excel shows, the value).
 * @example reportCell(table, cells, 7, 'S1', issues, 'hours', 'unreadable-number', 'Unreadable hours: 0 counted')
 */
export function reportCell<K extends string>(
  table: OptionalTable<K>, cells: CellValue[], row: number, staffId: string | null, issues: AuditIssue[], key: K, code: AuditIssueCode,
  problem: string, severity: IssueSeverity = 'Error',
): void {
  issues.push({ sheet: table.sheet.name, row, column: table.columns[key]?.header ?? null, staffId, problem, code,
    ...issueCell(cellOf(table, cells, key)), severity });
}

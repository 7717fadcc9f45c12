import type { RawSheet, RawWorkbook } from '../cells/rawWorkbook';
import { columnLetters } from '../_lib/columnLetters';
import { parseA1Range } from './_lib/a1';
import { cellText } from './_lib/cellText';
import { matchHeader, type HeaderMatch } from './matchHeader';
import { isOutputSheetName, optionalSheetKind } from './sheetNames';

/** Where the staff table is: its sheet, header row and extent (indices into sheet.rows and the row arrays). */
export interface StaffTable {
  sheet: RawSheet;
  headerIndex: number;
  /** One past the last data row. */
  endIndex: number;
  colStart: number;
  colEnd: number;
  /** Header text per column index (the column letter when the header cell is blank). */
  headers: string[];
  /** The field each column's header matches, per column index. */
  matches: (HeaderMatch | null)[];
  /** Distinct fields the header row matches. */
  score: number;
}

// The header row is looked for in the first non-blank rows only: title rows are few, and a sheet may hold 100,000 rows.
const MAX_SCAN_ROWS = 100;
const NAME_FIELDS = new Set(['name', 'firstName', 'surname']);

type Matcher = (text: string) => HeaderMatch | null;

/** Reads one candidate header row. */
function readHeader(sheet: RawSheet, index: number, colStart: number, colEnd: number, endIndex: number, match: Matcher): StaffTable {
  const cells = sheet.rows[index] ?? [];
  const headers: string[] = [];
  const matches: (HeaderMatch | null)[] = [];
  const fields = new Set<string>();
  for (let c = colStart; c < colEnd; c++) {
    const text = cellText(cells[c]);
    headers[c] = text ?? columnLetters(sheet.firstColumn + c);
    const m = text === null ? null : match(text);
    matches[c] = m;
    if (m) fields.add(m.field);
  }
  return { sheet, headerIndex: index, endIndex, colStart, colEnd, headers, matches, score: fields.size };
}

function hasName(t: StaffTable): boolean {
  return t.matches.some((m) => m !== null && m !== undefined && NAME_FIELDS.has(m.field));
}

function qualifies(t: StaffTable): boolean {
  return t.score >= 2 && hasName(t);
}

function width(sheet: RawSheet, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w = Math.max(w, sheet.rows[i]?.length ?? 0);
  return w;
}

/** The staff table on one sheet: an Excel table's header row first, else the first row matching two fields and a name. */
function tableOnSheet(sheet: RawSheet, headerRow: number | undefined, match: Matcher): StaffTable | null {
  const n = sheet.rows.length;
  if (headerRow !== undefined) {
    const index = headerRow - sheet.firstRow;
    if (index < 0 || index >= n) return null;
    return readHeader(sheet, index, 0, width(sheet, index, Math.min(n, index + MAX_SCAN_ROWS)), n, match);
  }
  let best: StaffTable | null = null;
  for (const t of sheet.tables ?? []) {
    const r = parseA1Range(t.ref);
    if (!r) continue;
    const index = r.top - sheet.firstRow;
    if (index < 0 || index >= n) continue;
    const colStart = Math.max(0, r.left - sheet.firstColumn);
    const found = readHeader(sheet, index, colStart, r.right - sheet.firstColumn + 1, Math.min(n, r.bottom - sheet.firstRow + 1), match);
    if (qualifies(found) && (best === null || found.score > best.score)) best = found;
  }
  if (best) return best;
  // Blank rows do not count towards the limit: a header at row 500 under a title and blank rows is still found.
  for (let i = 0, scanned = 0; i < n && scanned < MAX_SCAN_ROWS; i++) {
    const cells = sheet.rows[i];
    if (!cells || !cells.some((c) => cellText(c) !== null)) continue;
    scanned++;
    const found = readHeader(sheet, i, 0, cells.length, n, match);
    if (qualifies(found)) return readHeader(sheet, i, 0, width(sheet, i, Math.min(n, i + MAX_SCAN_ROWS)), n, match);
  }
  return null;
}

/**
 * Finds the staff table (SPEC 2.1): on the named sheet, or the sheet whose header row matches the most fields; never an output sheet.
 * @example findStaffTable(raw, {}) // { table: { sheet, headerIndex: 2, ... } } or { problem: 'No staff table found: ...' }
 */
export function findStaffTable(raw: RawWorkbook,
  options: { sheet?: string; headerRow?: number }): { table: StaffTable } | { problem: string } {
  const cache = new Map<string, HeaderMatch | null>();
  const match: Matcher = (text) => {
    let m = cache.get(text);
    if (m === undefined) cache.set(text, (m = matchHeader(text)));
    return m;
  };
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLowerCase();
    const sheet = raw.sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    if (!sheet) return { problem: `No staff table found: there is no sheet named "${options.sheet}"` };
    const table = tableOnSheet(sheet, options.headerRow, match);
    if (table) return { table };
    const where = options.headerRow === undefined ? 'no row with a Name column and another known column' : `row ${options.headerRow} is outside the sheet`;
    return { problem: `No staff table found on sheet "${sheet.name}": ${where}` };
  }
  let best: { table: StaffTable; rank: number } | null = null;
  for (const sheet of raw.sheets) {
    if (isOutputSheetName(sheet.name)) continue;
    const table = tableOnSheet(sheet, options.headerRow, match);
    if (!table || (options.headerRow !== undefined && !qualifies(table))) continue;
    // An optional sheet (PDP, CPD log) names staff too: it is the staff table only when nothing else is.
    const rank = table.score + (optionalSheetKind(sheet.name) === null ? 10000 : 0);
    if (best === null || rank > best.rank) best = { table, rank };
  }
  if (best) return { table: best.table };
  return { problem: 'No staff table found: no sheet has a header row with a Name column and at least one other known column (Staff ID, Job title, LSA level, ...)' };
}

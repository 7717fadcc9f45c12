import type { CellValue } from '../cells/cellValue';
import { isCellError } from '../cells/cellValue';
import type { CriterionCode } from '../criterion';
import { normaliseCriterionCode } from './criterionCode';
import { NOS_CATALOGUE } from './nosCatalogue';
import { parseRating } from './parseRating';
import { BLANK_CELL, INVALID_CELL, ratingCode } from './ratingVector';
import type { Rating } from '../rating';

/** Criterion codes in catalogue order: A1-A17, B1-B7, C1-C7 (SPEC 5). */
const ORDER: CriterionCode[] = NOS_CATALOGUE.map((c) => c.code);
const VECTOR_LENGTHS = [17, 24, 31];

export type RangeRead = { values: Record<CriterionCode, Rating | null> } | { error: string };

function asCell(v: unknown): CellValue | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date || isCellError(v)) return v;
  return undefined; // anything else is not a cell value: reported as invalid
}

function show(v: unknown): string {
  const text = isCellError(v) ? v.error : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return text.length > 30 ? `${text.slice(0, 27)}...` : text;
}

/** Pairs of (code or problem, cell) from the layouts SPEC 5 allows; null when the shape is none of them. */
function pairs(range: unknown[][]): { code: CriterionCode | null; header: unknown; cell: unknown }[] | null {
  const rows = range.length;
  const cols = Math.max(0, ...range.map((r) => r.length));
  const at = (r: number, c: number): unknown => range[r]?.[c] ?? null;
  const codes = (cells: unknown[]) => cells.filter((h) => normaliseCriterionCode(h) !== null).length;
  // A 2 x 2 range could be either way round: the line holding more codes is the code line.
  const inRow = rows === 2 ? codes(range[0]) : 0;
  const inColumn = cols === 2 ? codes(range.map((r) => r[0])) : 0;
  if (inRow > 0 && inRow >= inColumn) {
    return range[0].map((header, c) => ({ code: normaliseCriterionCode(header), header, cell: at(1, c) }));
  }
  if (inColumn > 0) {
    return range.map((r, i) => ({ code: normaliseCriterionCode(r[0]), header: r[0], cell: at(i, 1) }));
  }
  const flat = rows === 1 ? range[0] : cols === 1 ? range.map((r) => r[0]) : null;
  if (flat === null || !VECTOR_LENGTHS.includes(flat.length)) return null;
  return flat.map((cell, i) => ({ code: ORDER[i], header: ORDER[i], cell }));
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Reads ratings (or targets) from a range laid out as SPEC 5 says; problems come back as a message saying what to fix.
 * @example readCriterionRange([['A1', 'B2'], [3, 'Aware']], 'Cell') // { values: { A1: 3, B2: 1 } }
 */
export function readCriterionRange(range: unknown, label: string): RangeRead {
  const grid = Array.isArray(range) ? range.map((r) => (Array.isArray(r) ? r : [r])) : [[range]];
  if (grid.length === 1 && VECTOR_LENGTHS.includes(grid[0].length)) return readVector(grid[0], label);
  const list = pairs(grid);
  if (list === null) {
    const size = `${grid.length} row(s) x ${Math.max(0, ...grid.map((r) => r.length))} column(s)`;
    return { error: `Give 17, 24 or 31 cells in one row or column (A1-A17, B1-B7, C1-C7), or criterion codes above the values; got ${size}` };
  }
  const values: Record<CriterionCode, Rating | null> = {};
  const problems: string[] = [];
  list.forEach(({ code, header, cell }, i) => {
    if (code === null) {
      if (!isBlank(header) || !isBlank(cell)) problems.push(`${label} ${i + 1} has '${show(header)}' as its code: use a code such as A1, B7 or C3`);
      return;
    }
    if (code in values) return void problems.push(`${label} ${i + 1}: ${code} appears twice`);
    const parsed = parseRating(asCell(cell));
    if (parsed.kind === 'invalid' || parsed.kind === 'mismatch') {
      problems.push(`${label} ${i + 1} (${code}) holds '${show(cell)}': use 0-4 or a label such as Competent${parsed.kind === 'mismatch' ? ' (its number and label disagree)' : ''}`);
    }
    values[code] = parsed.kind === 'rating' ? parsed.rating : null;
  });
  if (problems.length === 0) return { values };
  return { error: problems.length === 1 ? problems[0] : `${problems[0]} (and ${problems.length - 1} more)` };
}

// The common case (one row of 17, 24 or 31 ratings, as in =LSA.NOSGAP(D2:AH2, 3)) read without intermediate objects:
// custom functions recalculate cell by cell, so this path is hot. Cells are checked first, so a row with a bad cell
// (which becomes #VALUE!) builds no record.
function readVector(cells: unknown[], label: string): RangeRead {
  let firstProblem: string | null = null;
  let problems = 0;
  for (let i = 0; i < cells.length; i++) {
    const code = ratingCode(cells[i]);
    CODES[i] = code;
    if (code === INVALID_CELL && problems++ === 0) {
      firstProblem = `${label} ${i + 1} (${ORDER[i]}) holds '${show(cells[i])}': use 0-4 or a label such as Competent`;
    }
  }
  if (problems > 0) return { error: problems === 1 ? firstProblem! : `${firstProblem} (and ${problems - 1} more)` };
  // A copy of an all-blank record of this length has every key in catalogue order already: only ratings are set.
  const values: Record<CriterionCode, Rating | null> = { ...blankRecord(cells.length) };
  for (let i = 0; i < cells.length; i++) if (CODES[i] !== BLANK_CELL) values[ORDER[i]] = CODES[i] as Rating;
  return { values };
}

// Rating codes of the vector being read (calls are synchronous, so one buffer serves them all).
const CODES = new Int8Array(ORDER.length);

// Not frozen: V8 clones a plain record's layout in one step, a frozen one property by property. Never handed out.
const BLANK_RECORDS = new Map<number, Record<CriterionCode, null>>();
function blankRecord(length: number): Record<CriterionCode, null> {
  let record = BLANK_RECORDS.get(length);
  if (record === undefined) {
    record = Object.fromEntries(ORDER.slice(0, length).map((code) => [code, null]));
    BLANK_RECORDS.set(length, record);
  }
  return record;
}

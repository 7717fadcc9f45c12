import { isCellError } from '../cells/cellValue';
import { parseRating } from './parseRating';

/** Code for a blank (not assessed) cell in a rating vector; 0-4 are ratings. */
export const BLANK_CELL = -1;
/** Code for a cell that is not a rating: the caller re-reads the range with readCriterionRange for the message. */
export const INVALID_CELL = -2;

const VECTOR_LENGTH = new Set([17, 24, 31]);

// Cells repeat ("", "Competent", "n/a" ...) on every row and every recalculation: parse each distinct text once.
// Bounded, so a sheet of free text cannot grow it without limit; a miss only costs a parseRating call.
const BY_TEXT = new Map<string, number>();
const MAX_TEXTS = 4096;

function textCode(text: string): number {
  let code = BY_TEXT.get(text);
  if (code === undefined) {
    const parsed = parseRating(text);
    code = parsed.kind === 'rating' ? parsed.rating : parsed.kind === 'blank' ? BLANK_CELL : INVALID_CELL;
    if (BY_TEXT.size < MAX_TEXTS) BY_TEXT.set(text, code);
  }
  return code;
}

/**
 * What parseRating says of a cell as readCriterionRange hands it over (asCell: anything that is not a cell value
 * reads as blank), as a number: 0-4, BLANK_CELL or INVALID_CELL. Numbers and text skip the ParsedRating object.
 * @example ratingCode('Competent') // 3
 */
export function ratingCode(v: unknown): number {
  // | 0 turns -0 into 0, as parseRating's RATED[-0] does.
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 4 ? v | 0 : INVALID_CELL;
  if (typeof v === 'string') return textCode(v);
  if (v === null || v === undefined) return BLANK_CELL;
  if (typeof v === 'boolean' || v instanceof Date || isCellError(v)) return INVALID_CELL;
  return BLANK_CELL;
}

/**
 * Reads a one-row or one-column range of 17, 24 or 31 ratings (A1-A17, B1-B7, C1-C7; SPEC 5) into `out` as
 * rating codes, without building a record: custom functions recalculate cell by cell, so this path is hot.
 * Returns the number of cells, or 0 when the range is any other shape or holds a cell that is not a rating
 * (readCriterionRange then gives the message).
 * @example readRatingVector([[3, '', 'Aware', ...28 more]], out) // 31, out = [3, -1, 1, ...]
 */
export function readRatingVector(range: unknown, out: Int8Array): number {
  if (!Array.isArray(range)) return 0;
  const row: unknown = range.length === 1 ? range[0] : undefined;
  if (Array.isArray(row)) {
    const n = row.length;
    if (!VECTOR_LENGTH.has(n)) return 0;
    for (let i = 0; i < n; i++) {
      const code = ratingCode(row[i]);
      if (code === INVALID_CELL) return 0;
      out[i] = code;
    }
    return n;
  }
  const n = range.length;
  if (!VECTOR_LENGTH.has(n)) return 0;
  for (let i = 0; i < n; i++) {
    const r: unknown = range[i];
    if (!Array.isArray(r) || r.length !== 1) return 0;
    const code = ratingCode(r[0]);
    if (code === INVALID_CELL) return 0;
    out[i] = code;
  }
  return n;
}

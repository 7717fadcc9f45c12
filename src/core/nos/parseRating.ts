import { isCellError, type CellValue } from '../cellValue';
import { RATING_LABELS, type Rating } from './rating';

export type ParsedRating = { kind: 'rating'; rating: Rating } | { kind: 'blank' } | { kind: 'invalid' };

const BY_LABEL = new Map<string, Rating>(
  (Object.entries(RATING_LABELS) as [string, string][]).map(([n, label]) => [label.toLowerCase(), Number(n) as Rating]),
);
const NOT_ASSESSED = new Set(['', '-', 'n/a', 'na', 'not assessed']);
// Shared, frozen results: ratings are parsed millions of times on a large team.
const RATED = ([0, 1, 2, 3, 4] as Rating[]).map((rating) => Object.freeze({ kind: 'rating' as const, rating }));
const BLANK: ParsedRating = Object.freeze({ kind: 'blank' });
const INVALID: ParsedRating = Object.freeze({ kind: 'invalid' });

/**
 * Reads a NOS rating cell (SPEC 3.2): integers 0-4 or labels; blank, "-" and "n/a" are not assessed.
 * @example parseRating('Competent') // { kind: 'rating', rating: 3 }
 */
export function parseRating(value: CellValue | undefined): ParsedRating {
  if (value === null || value === undefined) return BLANK;
  if (isCellError(value) || value instanceof Date || typeof value === 'boolean') return INVALID;
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 4 ? RATED[value] : INVALID;
  }
  const text = value.trim().toLowerCase();
  if (NOT_ASSESSED.has(text)) return BLANK;
  if (/^[0-4]$/.test(text)) return RATED[Number(text)];
  const byLabel = BY_LABEL.get(text.replace(/\s+/g, ' '));
  return byLabel === undefined ? INVALID : RATED[byLabel];
}

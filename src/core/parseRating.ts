import { isCellError, type CellValue } from './cellValue';
import { RATING_LABELS, type Rating } from './rating';

export type ParsedRating = { kind: 'rating'; rating: Rating } | { kind: 'blank' } | { kind: 'invalid' };

const BY_LABEL = new Map<string, Rating>(
  (Object.entries(RATING_LABELS) as [string, string][]).map(([n, label]) => [label.toLowerCase(), Number(n) as Rating]),
);
const NOT_ASSESSED = new Set(['', '-', 'n/a', 'na', 'not assessed']);

/**
 * Reads a NOS rating cell (SPEC 3.2): integers 0-4 or labels; blank, "-" and "n/a" are not assessed.
 * @example parseRating('Competent') // { kind: 'rating', rating: 3 }
 */
export function parseRating(value: CellValue | undefined): ParsedRating {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (isCellError(value) || value instanceof Date || typeof value === 'boolean') return { kind: 'invalid' };
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 4 ? { kind: 'rating', rating: value as Rating } : { kind: 'invalid' };
  }
  const text = value.trim().toLowerCase();
  if (NOT_ASSESSED.has(text)) return { kind: 'blank' };
  if (/^[0-4]$/.test(text)) return { kind: 'rating', rating: Number(text) as Rating };
  const byLabel = BY_LABEL.get(text.replace(/\s+/g, ' '));
  return byLabel === undefined ? { kind: 'invalid' } : { kind: 'rating', rating: byLabel };
}

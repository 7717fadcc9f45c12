import { isCellError, type CellValue } from '../cells/cellValue';
import { meansNothing } from '../cells/meansNothing';
import { RATING_LABELS, type Rating } from '../rating';

/** A rating cell read (SPEC 3.2): a rating, not assessed (blank), unreadable, or a number and label that disagree ("3 - Developing"). */
export type ParsedRating = { kind: 'rating'; rating: Rating } | { kind: 'blank' } | { kind: 'invalid' } | { kind: 'mismatch' };

const BY_LABEL = new Map<string, Rating>(
  (Object.entries(RATING_LABELS) as [string, string][]).map(([n, label]) => [label.toLowerCase(), Number(n) as Rating]),
);
BY_LABEL.set('ny', 0); // SPEC 3.2 (v2): "NY" is Not yet
BY_LABEL.set('notyet', 0);
// SPEC 3.2 (v2): a label's first three or more letters ("Comp", "Dev", "Adv", "Awa"); "Not yet" needs more than "not".
const PREFIXED: readonly [string, Rating][] = [['aware', 1], ['developing', 2], ['competent', 3], ['advanced', 4]];
const NUMBER = /^([0-4])(?:\.0+)?$/;
// "3 - Competent", "3 Competent", "3: Comp", "3 (Competent)", "Competent (3)", "Competent - 3".
const NUMBER_FIRST = /^([0-4])\s*(?:[-–—:=.)]\s*)?\(?\s*([a-z][a-z ]*?)\s*\)?$/;
const LABEL_FIRST = /^([a-z][a-z ]*?)\s*(?:[-–—:=]\s*([0-4])|[([]\s*([0-4])\s*[)\]])$/;
// Shared, frozen results: ratings are parsed millions of times on a large team.
const RATED = ([0, 1, 2, 3, 4] as Rating[]).map((rating) => Object.freeze({ kind: 'rating' as const, rating }));
const BLANK: ParsedRating = Object.freeze({ kind: 'blank' });
const INVALID: ParsedRating = Object.freeze({ kind: 'invalid' });
const MISMATCH: ParsedRating = Object.freeze({ kind: 'mismatch' });

/** The rating a label names, in full or by its first three or more letters; undefined when none. */
function byLabel(text: string): Rating | undefined {
  const exact = BY_LABEL.get(text);
  if (exact !== undefined) return exact;
  if (text.length < 3) return undefined;
  for (const [label, rating] of PREFIXED) if (label.startsWith(text)) return rating;
  return undefined;
}

/** Number and label together: the rating when they agree, MISMATCH when they do not, null when the text is not of that form. */
function numberAndLabel(text: string): ParsedRating | null {
  const first = NUMBER_FIRST.exec(text);
  const last = first ? null : LABEL_FIRST.exec(text);
  if (!first && !last) return null;
  const n = Number(first ? first[1] : (last![2] ?? last![3])) as Rating;
  const label = byLabel(first ? first[2] : last![1]);
  if (label === undefined) return null;
  return label === n ? RATED[n] : MISMATCH;
}

/**
 * Reads a NOS rating cell (SPEC 3.2): integers 0-4 (also as text), labels or their first three letters, "NY", or number and label
 * together ("3 - Competent", "Competent (3)"); blank, "-" and "n/a" are not assessed.
 * @example parseRating('3 - Competent') // { kind: 'rating', rating: 3 }
 */
export function parseRating(value: CellValue | undefined): ParsedRating {
  if (value === null || value === undefined) return BLANK;
  if (isCellError(value) || value instanceof Date || typeof value === 'boolean') return INVALID;
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 4 ? RATED[value] : INVALID;
  }
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '' || text === 'not assessed' || meansNothing(text)) return BLANK;
  const n = NUMBER.exec(text);
  if (n) return RATED[Number(n[1])];
  const label = byLabel(text.replace(/\.$/, ''));
  if (label !== undefined) return RATED[label];
  return numberAndLabel(text) ?? INVALID;
}

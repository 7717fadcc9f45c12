import type { CriterionCode, Standard } from '../criterion';
import { criterionByCode } from './nosCatalogue';

/** Where a rating column's ratings come from (SPEC 2.1 "NOS ratings" / "manager ratings"). */
export type RatingSource = 'self' | 'manager';

// NOS 2009: Standard A has 17 performance criteria, B and C 7 each.
const CRITERIA_PER_STANDARD: Record<Standard, number> = { A: 17, B: 7, C: 7 };
export const SELF_WORDS = new Set(['nos', 'self', 'rating', 'ratings', 'score', 'assessment', 'assessed', 'sa', 'own']);
export const MANAGER_WORDS = new Set(['manager', 'managers', 'mgr', 'agreed', 'line', 'lm']);
// The code: a letter, an optional separator ("A.1", "A-1", "A 1"), leading zeros ("A01"), then a number.
const CODE = /(?:^| )([abc]) ?[.-]? ?0*(\d{1,2})(?= |$)/;

// SPEC 2.1 (v2): any text may follow the code after a separator ("A2: engaging learners", "A1 - High quality ..."), or in a
// header led by "NOS" ("NOS A3 Plan learning support (self)"); but a column about the criterion is not its rating.
const SEPARATED = /^[^:–—]*?\b[abc] ?[.-]? ?0*\d{1,2}\b[^:–—]*?(?::|\s-\s|\s?[–—]\s?)/i;
const LEADS = /^\s*nos\b/i;
const NOT_A_RATING = new Set(['target', 'targets', 'date', 'dates', 'comment', 'comments', 'note', 'notes', 'evidence', 'due', 'gap', 'gaps', 'priority']);

/** Lower case; brackets and punctuation become spaces, except a dot or hyphen inside a code ("A.1", "A-1"). */
function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/\.(?!\d)|[^a-z0-9.-]+/g, ' ')
    .replace(/-(?!\d)|(?<![a-z0-9] ?)-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the words after the code are a leading part of the criterion's title ("A4 Communicate effectively"). */
function isTitleStart(code: CriterionCode, words: string[]): boolean {
  const title = clean(criterionByCode(code)?.title ?? '').split(' ');
  if (words.length >= 2 && words.every((w, i) => title[i] === w)) return true;
  // A shortened title ("A3 Develop relationships"): every word from the criterion's title, two at least.
  const own = new Set(title);
  return words.length >= 2 && words.every((w) => own.has(w));
}

/** Splits a header into code and qualifier words; null unless everything around the code is known. */
function parse(text: unknown): { code: CriterionCode; source: RatingSource } | null {
  if (typeof text !== 'string') return null;
  const s = clean(text);
  const m = CODE.exec(s);
  if (!m) return null;
  const standard = m[1].toUpperCase() as Standard;
  const number = Number(m[2]);
  if (number < 1 || number > CRITERIA_PER_STANDARD[standard]) return null;
  const code = `${standard}${number}`;
  const before = s.slice(0, m.index).split(' ').filter(Boolean);
  const after = s.slice(m.index + m[0].length).split(' ').filter(Boolean);
  const words = [...before, ...after];
  const manager = words.some((w) => MANAGER_WORDS.has(w));
  const known = (w: string) => SELF_WORDS.has(w) || MANAGER_WORDS.has(w);
  // Only qualifiers may come before the code. SPEC 2.1 (v2): after it, the criterion's title or any text
  // ("A1 - High quality learning support", "A2: engaging learners", "NOS A3 Plan learning support (self)").
  if (!before.every(known)) return null;
  const rest = after.filter((w) => !known(w));
  if (rest.length > 0 && !isTitleStart(code, rest) &&
    (rest.some((w) => NOT_A_RATING.has(w)) || !(SEPARATED.test(text) || LEADS.test(text)))) return null;
  return { code, source: manager ? 'manager' : 'self' };
}

/**
 * The NOS criterion code a text names ("NOS A1", "a.1", "A01 self" -> "A1"), or null (also for A18, B8, C8, D1).
 * @example normaliseCriterionCode('NOS a.01 rating') // 'A1'
 */
export function normaliseCriterionCode(text: unknown): CriterionCode | null {
  return parse(text)?.code ?? null;
}

/**
 * Reads a rating column header (SPEC 2.1): "A1", "A1 self", "NOS A1" are self ratings; "A1 manager", "A1 (mgr)", "A1 agreed" are the
 * manager's.
 * @example parseRatingHeader('B3 (mgr)') // { code: 'B3', source: 'manager' }
 */
export function parseRatingHeader(header: unknown): { code: CriterionCode; source: RatingSource } | null {
  return parse(header);
}

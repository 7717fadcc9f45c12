import { parseRatingHeader } from '../nos/criterionCode';
import type { StaffField } from '../staffMember';
import { EXPIRY_WORDS, FIELD_SYNONYMS, NO_PARTIAL_MATCH } from './fieldSynonyms';
import { ratingField, type MappedField } from './mappedField';
import { headerWords, normaliseHeader } from './normaliseHeader';

/** A header matched to a field, with a 0-1 confidence shown in the pane. */
export interface HeaderMatch {
  field: MappedField;
  confidence: number;
}

interface Synonym {
  field: StaffField;
  words: string[];
}

const EXACT = new Map<string, StaffField>();
const PARTIAL: Synonym[] = [];
for (const [field, synonyms] of Object.entries(FIELD_SYNONYMS) as [StaffField, readonly string[]][]) {
  for (const s of synonyms) {
    EXACT.set(normaliseHeader(s), field);
    if (!NO_PARTIAL_MATCH.has(s)) PARTIAL.push({ field, words: headerWords(s) });
  }
}
const MIN_PARTIAL = 0.6;
// A synonym covering under a fifth of a header's words cannot reach MIN_PARTIAL (0.5 + 0.4 / 5 = 0.58, even rounded), so it is
// not looked for: data rows scanned for a header hold long texts, and trying every synonym on each was most of the scan.
const MIN_SHARE = 5;
const MAX_PARTIAL_WORDS = MIN_SHARE * Math.max(...PARTIAL.map((s) => s.words.length));

/** Index of `part` as a run of consecutive words inside `words`, or -1. */
function indexOfRun(words: string[], part: string[]): number {
  outer: for (let i = 0; i + part.length <= words.length; i++) {
    for (let j = 0; j < part.length; j++) if (words[i + j] !== part[j]) continue outer;
    return i;
  }
  return -1;
}

/** The best synonym found inside a longer header; confidence grows with the share of the header it covers. */
function partialMatch(words: string[]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  if (words.length > MAX_PARTIAL_WORDS) return best;
  for (const s of PARTIAL) {
    if (s.words.length * MIN_SHARE < words.length || indexOfRun(words, s.words) < 0) continue;
    const confidence = Math.round((0.5 + (0.4 * s.words.length) / words.length) * 100) / 100;
    if (confidence >= MIN_PARTIAL && (best === null || confidence > best.confidence)) best = { field: s.field, confidence };
  }
  return best;
}

const EXPIRY = EXPIRY_WORDS.map((w) => headerWords(w));

/** "First Aid Expiry", "Safeguarding valid until", "Prevent renewal due": a course with an expiry word is its expiry column (SPEC 2.1
 * v2). */
function expiryMatch(words: string[]): HeaderMatch | null {
  for (const e of EXPIRY) {
    const at = indexOfRun(words, e);
    if (at < 0) continue;
    const rest = [...words.slice(0, at), ...words.slice(at + e.length)];
    const course = rest.length === 0 ? null : (EXACT.get(rest.join('')) ?? partialMatch(rest)?.field ?? null);
    if (typeof course === 'string' && course.startsWith('compliance:')) {
      return { field: `expiry:${course.slice('compliance:'.length)}` as StaffField, confidence: EXACT.has(rest.join('')) ? 1 : 0.8 };
    }
  }
  return null;
}

/**
 * Matches one header cell to a staff field (SPEC 2.1): exact synonym 1, rating column 1 (0.9 when decorated), a synonym inside a longer
 * header 0.6-0.9.
 * @example matchHeader('Date of last appraisal') // { field: 'lastReview', confidence: 0.7 }
 */
export function matchHeader(header: string): HeaderMatch | null {
  const key = normaliseHeader(header);
  if (key === '') return null;
  const exact = EXACT.get(key);
  if (exact !== undefined) return { field: exact, confidence: 1 };
  const rating = parseRatingHeader(header);
  if (rating) return { field: ratingField(rating.code, rating.source), confidence: key === rating.code.toLowerCase() ? 1 : 0.9 };
  const words = headerWords(header);
  const partial = partialMatch(words);
  const expiry = expiryMatch(words);
  // An expiry column is never read as a completion date; when the plain partial match agrees, its confidence stands.
  return expiry === null || partial?.field === expiry.field ? partial : expiry;
}

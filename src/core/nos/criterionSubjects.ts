// The NOS subjects (SPEC 3.6 v2): the distinctive words of each criterion's title and KU statements, computed from the
// catalogue itself. One vocabulary, one stemmer: the SMART check's Relevant and PDP Check's "Addresses a gap" both
// read objectives through it, so they cannot disagree about what a word means.
import type { Criterion, CriterionCode } from '../criterion';
import { COMMON_WORDS } from './commonWords';
import { NOS_CATALOGUE } from './nosCatalogue';
import { memo } from '../_lib/memo';

const SUFFIXES: [string, string][] = [['ments', ''], ['ment', ''], ['ities', ''], ['ity', ''], ['ational', 'at'], ['ations', 'at'],
  ['ation', 'at'], ['ive', ''], ['ies', 'y'], ['ing', ''], ['ed', ''], ['ly', ''], ['ss', 'ss'], ['es', ''], ['s', ''], ['e', '']];
const SYNONYM: Record<string, string> = { maths: 'mathematics', math: 'mathematics', ict: 'ict', it: 'ict', ecdl: 'ict', computer: 'ict',
  computers: 'ict' };

/**
 * A word reduced to a stem, so "records", "record" and "recording" meet, and "reflective" meets "reflect"; "maths" and
 * "IT" become their catalogue words.
 * @example subjectStem('reflective') === subjectStem('reflect') // true
 */
export function subjectStem(word: string): string {
  const w = SYNONYM[word] ?? word;
  if (w.length <= 4) return w;
  for (const [suffix, by] of SUFFIXES) if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length) + by;
  return w;
}

/** The subject words of a text: lower case, not common, stemmed. */
function subjectWords(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().split(/[^a-z]+/)) if (word.length >= 3 && !COMMON_WORDS.has(word)) out.push(subjectStem(word));
  return out;
}

const texts = (c: Criterion): string[] => [c.title, ...c.knowledge.map((k) => k.text)];

/** Every subject word's stem with the word as written and the first criterion (A1-C7) that uses it. */
export const NOS_SUBJECTS: ReadonlyMap<string, { word: string; code: CriterionCode }> = (() => {
  const subjects = new Map<string, { word: string; code: CriterionCode }>();
  for (const c of NOS_CATALOGUE) {
    for (const word of texts(c).join(' ').toLowerCase().split(/[^a-z]+/)) {
      if (word.length < 3 || COMMON_WORDS.has(word)) continue;
      const s = subjectStem(word);
      if (!subjects.has(s)) subjects.set(s, { word, code: c.code });
    }
  }
  return subjects;
})();

// A word names a criterion when few criteria use it: at most 3 of the 31 (a word in many criteria does not say which).
const MAX_CRITERIA = 3;

const DISTINCTIVE: ReadonlyMap<CriterionCode, ReadonlySet<string>> = (() => {
  const byCode = new Map<CriterionCode, Set<string>>();
  const usedBy = new Map<string, number>();
  for (const c of NOS_CATALOGUE) {
    const own = new Set(subjectWords(texts(c).join(' ')));
    byCode.set(c.code, own);
    for (const w of own) usedBy.set(w, (usedBy.get(w) ?? 0) + 1);
  }
  for (const own of byCode.values()) for (const w of [...own]) if ((usedBy.get(w) ?? 0) > MAX_CRITERIA) own.delete(w);
  return byCode;
})();

/**
 * The distinctive words (stemmed) of a criterion's title and KU statements (NOS 2009): what names it in a text.
 * @example criterionSubjects('A14').has('record') // true
 */
export function criterionSubjects(code: CriterionCode): ReadonlySet<string> {
  return DISTINCTIVE.get(code.toUpperCase()) ?? new Set();
}

/**
 * The criteria among `codes` that a text names, by code ("A14") or by a distinctive word of the criterion (SPEC 3.6).
 * @example criteriaNamedIn('Attend record keeping training', ['A14', 'B2']) // ['A14']
 */
export function criteriaNamedIn(text: string, codes: readonly CriterionCode[]): CriterionCode[] {
  if (codes.length === 0) return [];
  const { upper, stems } = wordsOf(text);
  return codes.filter((code) => {
    const key = upperCode(code);
    if (upper.has(key)) return true;
    const words = DISTINCTIVE_LISTS.get(key);
    if (words !== undefined) for (let i = 0; i < words.length; i++) if (stems.has(words[i])) return true;
    return false;
  });
}

// PDP objectives repeat across a team and are checked against each person's gaps: a text's words are read once.
const wordsOf = memo((text: string): { upper: ReadonlySet<string>; stems: ReadonlySet<string> } => ({
  upper: new Set((text.match(/[A-Za-z]+\d*/g) ?? []).map((t) => t.toUpperCase())),
  stems: new Set(subjectWords(text)),
}));

// Checked for every objective against each of the person's gaps: a code's capitals and its words as an array (no Set
// iterator) are looked up, not made, each time.
const upperCode = memo((code: string): string => code.toUpperCase());
const DISTINCTIVE_LISTS: ReadonlyMap<CriterionCode, readonly string[]> =
  new Map([...DISTINCTIVE].map(([code, words]) => [code, [...words]]));

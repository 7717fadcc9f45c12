import type { Criterion, CriterionCode } from './criterion';
import { NOS_CATALOGUE } from './nosCatalogue';

// Words that say nothing about which criterion is meant (SPEC 3.6: "never common words such as skills, improve,
// develop, learn, new or better"), plus the words every standard uses (learner, learning, support, ...).
const COMMON = new Set(('skill skills improve improving develop developing development learn learning learner learners new better ' +
  'support supporting supported provide providing ways way work working with that their them they this these those which ' +
  'from into within about other others where when what how have been being able need needs needed ensure ensuring ' +
  'appropriate relevant effective effectively individual individuals group groups range including include includes ' +
  'role roles organisation organisational own area areas identify identified identifying activity activities practice ' +
  'make making take taking using used such also through example examples importance important nature extent purpose ' +
  'aims objectives approaches approach methods relation relating related current each meet meeting help helping level ' +
  'levels staff colleagues others person people appropriately manner whom will would could should must more most ' +
  'have high quality different maintain process processes system systems manage managing further future between available ' +
  'consistently clearly agree agreed variety context order steps play central forms response inform address addressing ' +
  'having enables enable enabling achieve meets toward towards involve understand establish').split(' '));

// Crude stemming, enough for "records"/"record keeping" and "questioning"/"questions" to meet.
export const stem = (word: string): string => (word.length > 5 ? word.replace(/(ing|ies|es|ed|s)$/, '') : word);
const words = (text: string): string[] => (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 4 && !COMMON.has(w)).map(stem);

// A word is distinctive when few criteria use it: at most 3 of the 31 (a word in many criteria does not say which).
const MAX_CRITERIA = 3;

function build(catalogue: readonly Criterion[]): Map<CriterionCode, Set<string>> {
  const byCode = new Map<CriterionCode, Set<string>>();
  const usedBy = new Map<string, number>();
  for (const c of catalogue) {
    const own = new Set(words([c.title, ...c.knowledge.map((k) => k.text)].join(' ')));
    byCode.set(c.code, own);
    for (const w of own) usedBy.set(w, (usedBy.get(w) ?? 0) + 1);
  }
  for (const own of byCode.values()) for (const w of [...own]) if ((usedBy.get(w) ?? 0) > MAX_CRITERIA) own.delete(w);
  return byCode;
}

const SUBJECTS = build(NOS_CATALOGUE);

/**
 * The distinctive words (stemmed) of a criterion's title and KU statements (NOS 2009): its subject for matching text.
 * @example criterionSubjects('A14').has('record') // true
 */
export function criterionSubjects(code: CriterionCode): ReadonlySet<string> {
  return SUBJECTS.get(code.toUpperCase()) ?? new Set();
}

/**
 * The criteria among `codes` that a text names, by code ("A14") or by a distinctive word of the criterion (SPEC 3.6).
 * @example criteriaNamedIn('Attend record keeping training', ['A14', 'B2']) // ['A14']
 */
export function criteriaNamedIn(text: string, codes: readonly CriterionCode[]): CriterionCode[] {
  if (codes.length === 0) return [];
  const tokens = text.match(/[A-Za-z]+\d*/g) ?? [];
  const upper = new Set<string>();
  const stems = new Set<string>();
  for (const t of tokens) {
    upper.add(t.toUpperCase());
    stems.add(stem(t.toLowerCase()));
  }
  return codes.filter((code) => {
    if (upper.has(code.toUpperCase())) return true;
    for (const w of criterionSubjects(code)) if (stems.has(w)) return true;
    return false;
  });
}

const AMPERSAND = /&/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

// SPEC 2.1 (v2): common abbreviations in headers, expanded before matching ("Hrs/wk" is "hours week", "Contracted Hrs" "contracted hours").
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  hrs: 'hours', hr: 'hour', wk: 'week', wks: 'weeks', no: 'number', num: 'number', mgr: 'manager',
  qual: 'qualification', quals: 'qualifications', dept: 'department', perf: 'performance', cert: 'certificate', certs: 'certificates',
};
// Most headers hold none: a quick test keeps the word-by-word expansion off the common path.
const ANY_ABBREVIATION = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${Object.keys(ABBREVIATIONS).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * A header's words with the abbreviations of SPEC 2.1 written out, lower case, "&" read as "and".
 * @example expandAbbreviations('Contracted Hrs/wk') // 'contracted hours week'
 */
export function expandAbbreviations(text: string): string {
  const lower = text.toLowerCase().replace(AMPERSAND, ' and ');
  if (!ANY_ABBREVIATION.test(lower)) return lower;
  return lower
    .split(NOT_WORD)
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ');
}

/**
 * A header for matching: lower case, abbreviations expanded, "&" read as "and", spaces and punctuation dropped (SPEC 2.1).
 * @example normaliseHeader(' Specialism(s) ') // 'specialisms'
 */
export function normaliseHeader(text: string): string {
  return expandAbbreviations(text).replace(NOT_WORD, '');
}

/**
 * A header's words, lower case, abbreviations expanded, split on spaces and punctuation (for partial matches).
 * @example headerWords('Date of last appraisal') // ['date', 'of', 'last', 'appraisal']
 */
export function headerWords(text: string): string[] {
  return expandAbbreviations(text).split(NOT_WORD).filter((w) => w !== '');
}

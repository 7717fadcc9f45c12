const AMPERSAND = /&/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * A header for matching: lower case, "&" read as "and", spaces and punctuation dropped (SPEC 2.1).
 * @example normaliseHeader(' Specialism(s) ') // 'specialisms'
 */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(AMPERSAND, ' and ').replace(NOT_WORD, '');
}

/**
 * A header's words, lower case, split on spaces and punctuation (for partial matches).
 * @example headerWords('Date of last appraisal') // ['date', 'of', 'last', 'appraisal']
 */
export function headerWords(text: string): string[] {
  return text.toLowerCase().replace(AMPERSAND, ' and ').split(NOT_WORD).filter((w) => w !== '');
}

const SPACES = /\s+/g;
// White space at either end, two in a row, or any but a plain space: what tidySpaces would change.
// One regex test is cheaper than trim + replace (which copy), and than a character loop in JavaScript (measured).
const UNTIDY = /^\s|\s$|\s\s|[^\S ]/;

/**
 * True when tidySpaces would return the text unchanged: no white space at either end, none inside but single plain spaces.
 * @example isTidy('Ann Lee') // true
 */
export function isTidy(text: string): boolean {
  return !UNTIDY.test(text);
}

/**
 * The text trimmed, with each run of white space as one space (the same as trim().replace(/\s+/g, ' ')).
 * @example tidySpaces('  Ann \n Lee ') // 'Ann Lee'
 */
export function tidySpaces(text: string): string {
  return isTidy(text) ? text : text.trim().replace(SPACES, ' ');
}

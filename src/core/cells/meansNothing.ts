const SPACES = /\s+/g;

// SPEC 2.1 (v2): what people type in a cell for "nothing". Alone in the cell, any case, they mean empty.
const NOTHING: ReadonlySet<string> = new Set(['n/a', 'na', 'n.a.', 'n.a', 'none', 'nil', 'not applicable', '-', '–', '—', '?', '--', 'n / a']);
const FIRST = new Set([...NOTHING].flatMap((s) => [s.charCodeAt(0), s.toUpperCase().charCodeAt(0)]));
const LONGEST = Math.max(...[...NOTHING].map((s) => s.length)) + 4;

/**
 * True when a cell's text means "nothing" (SPEC 2.1 v2): "n/a" in Specialisms is no specialism, never "n" and "a".
 * @example meansNothing(' N/A ') // true
 */
export function meansNothing(text: string): boolean {
  // Most cells are longer than any of these: no need to tidy and lower-case them.
  if (text.length > LONGEST + 20) return false;
  // Names, dates and titles mostly start with another letter: one character code rules them out.
  const first = text.trimStart().charCodeAt(0);
  if (!FIRST.has(first)) return false;
  return NOTHING.has(text.trim().replace(SPACES, ' ').toLowerCase());
}

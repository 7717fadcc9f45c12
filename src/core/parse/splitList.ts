const LIST_SEPARATORS = /[;,/\n\r|•]+/;
const TITLE_SEPARATORS = /[;\n\r|•]+/;
const STARTS_LOWER = /^\p{Ll}/u;

/** Trims, drops empty parts and repeats (ignoring case), keeping the first spelling. */
function tidy(parts: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of parts) {
    const p = raw.trim().replace(/\s+/g, ' ');
    const key = p.toLowerCase();
    if (p === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/**
 * Splits a list cell on ; , / | or new lines (SPEC 2.1 specialisms).
 * @example splitList('Autism; BSL / dyslexia, ESOL') // ['Autism', 'BSL', 'dyslexia', 'ESOL']
 */
export function splitList(text: string): string[] {
  return tidy(text.split(LIST_SEPARATORS));
}

/**
 * Splits a list of titles (qualifications, unit titles) on ; | or new lines, and on commas only before a capital,
 * because unit titles hold commas ("Literacy language numeracy and ICT needs for work, education and life").
 * @example splitTitles('Approaches to learning, Equality and Diversity') // ['Approaches to learning', 'Equality and Diversity']
 */
export function splitTitles(text: string): string[] {
  const parts: string[] = [];
  for (const chunk of text.split(TITLE_SEPARATORS)) {
    let current = '';
    for (const piece of chunk.split(',')) {
      const next = piece.trim();
      if (current !== '' && (next === '' || STARTS_LOWER.test(next))) current = `${current}, ${next}`;
      else {
        if (current !== '') parts.push(current);
        current = next;
      }
    }
    if (current !== '') parts.push(current);
  }
  return tidy(parts);
}

import { meansNothing } from '../cells/meansNothing';
import { tidySpaces } from '../_lib/tidySpaces';
import { SPECIALISMS_WITH_SEPARATORS } from './canonicalSpecialism';

const LIST_SEPARATORS = /[;,\n\r|•]+/;
const SLASH = '/';
const TITLE_SEPARATORS = /[;\n\r|•]+/;
// Lists are short (a few specialisms or titles): comparing with the kept ones beats building a Set, up to a point.
const SCAN_LIMIT = 16;

/** Trims, drops empty parts and repeats (ignoring case), keeping the first spelling. */
function tidy(parts: string[]): string[] {
  const keys: string[] = [];
  const seen = parts.length > SCAN_LIMIT ? new Set<string>() : null;
  const out: string[] = [];
  for (const raw of parts) {
    const p = tidySpaces(raw);
    if (p === '') continue;
    const key = p.toLowerCase();
    if (seen ? seen.has(key) : keys.includes(key)) continue;
    if (seen) seen.add(key);
    else keys.push(key);
    out.push(p);
  }
  return out;
}

/**
 * Splits a list cell on ; , / | or new lines (SPEC 2.1 specialisms), dropping items that mean nothing: "n/a" is one item
 * that means nothing, never "n" and "a" (SPEC 2.1 v2).
 * @example splitList('Autism; BSL / dyslexia, ESOL; n/a') // ['Autism', 'BSL', 'dyslexia', 'ESOL']
 */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  const [guarded, kept] = guardWhole(text);
  for (const chunk of guarded.split(LIST_SEPARATORS)) {
    if (meansNothing(chunk)) continue;
    if (!chunk.includes(SLASH)) parts.push(chunk);
    else for (const p of chunk.split(SLASH)) if (!meansNothing(p)) parts.push(p);
  }
  return tidy(kept.length ? parts.map((p) => p.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => kept[Number(i)])) : parts);
}

// SPEC 9.1: "D/deaf" and "Speech, language and communication needs" are one item each; they are set aside before splitting.
function guardWhole(text: string): [string, string[]] {
  const kept: string[] = [];
  if (!/[,/]/.test(text)) return [text, kept];
  let out = text;
  for (const re of SPECIALISMS_WITH_SEPARATORS) out = out.replace(re, (m) => `\u0000${kept.push(m) - 1}\u0000`);
  return [out, kept];
}

/**
 * Splits a list of titles (qualifications, unit titles) on ; | or new lines only (SPEC 2.1 v2): titles hold commas
 * ("Level 3 Certificate in Learning Support (literacy, language and numeracy)"), so a comma never splits.
 * @example splitTitles('Approaches to learning; Equality and Diversity') // ['Approaches to learning', 'Equality and Diversity']
 */
export function splitTitles(text: string): string[] {
  return tidy(text.split(TITLE_SEPARATORS));
}

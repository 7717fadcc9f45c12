import { meansNothing } from '../_lib/meansNothing';
import { memo } from '../_lib/memo';
import { tidySpaces } from './_lib/tidySpaces';

const LIST_SEPARATORS = /[;,\n\r|•]+/;
const SLASH = '/';
const TITLE_SEPARATORS = /[;\n\r|•]+/;
const STARTS_LOWER = /^\p{Ll}/u;
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
  for (const chunk of text.split(LIST_SEPARATORS)) {
    if (meansNothing(chunk)) continue;
    if (!chunk.includes(SLASH)) parts.push(chunk);
    else for (const p of chunk.split(SLASH)) if (!meansNothing(p)) parts.push(p);
  }
  return tidy(parts);
}

/** The titles in one chunk (text between ; | and new lines): split on commas only before a capital. */
function chunkTitles(chunk: string): string[] {
  const parts: string[] = [];
  if (!chunk.includes(',')) {
    const title = chunk.trim();
    if (title !== '') parts.push(title);
    return parts;
  }
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
  return parts;
}

// Lists of titles are many combinations of a short catalogue: each distinct chunk (a title, mostly) is split once.
const chunkTitlesOnce = memo(chunkTitles);

/**
 * Splits a list of titles (qualifications, unit titles) on ; | or new lines, and on commas only before a capital,
 * because unit titles hold commas ("Literacy language numeracy and ICT needs for work, education and life").
 * @example splitTitles('Approaches to learning, Equality and Diversity') // ['Approaches to learning', 'Equality and Diversity']
 */
export function splitTitles(text: string): string[] {
  const parts: string[] = [];
  const chunks = text.split(TITLE_SEPARATORS);
  for (let i = 0; i < chunks.length; i++) {
    const titles = chunkTitlesOnce(chunks[i]);
    for (let j = 0; j < titles.length; j++) parts.push(titles[j]);
  }
  return tidy(parts);
}

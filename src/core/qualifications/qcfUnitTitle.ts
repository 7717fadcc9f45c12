// Helpers for reading QCF unit titles as people and OCR write them (private to the qualification rules).

const LEVEL_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

// "(L2)", "L3", "Level 2", "Lvl 3", "level two"; not "14-19".
const LEVEL_RE = /\(?\b(?:level|lvl|lev|l)\s*\.?\s*([1-8]|one|two|three|four|five)\b\)?/gi;

// LEVEL_RE is global for replace(); exec() needs a copy without the g flag (no lastIndex state).
const LEVEL_ONCE = new RegExp(LEVEL_RE.source, 'i');

/** The level written in a title ("Level 2", "(L2)"), or null. */
export function levelInTitle(text: string): number | null {
  const m = LEVEL_ONCE.exec(text);
  if (!m) return null;
  const v = m[1].toLowerCase();
  return LEVEL_WORDS[v] ?? Number(v);
}

/** Removes level and credit annotations: "Using ICT (L3, 6 credits)" -> "Using ICT". */
export function stripAnnotations(text: string): string {
  return text
    .replace(LEVEL_RE, ' ')
    .replace(/\b\d+\s*(?:credits?|cr)\b/gi, ' ')
    .replace(/^\s*unit\s*\d*\s*[:.\-–]?\s*/i, ' ')
    .replace(/\bunits?\s*$/i, ' ');
}

/**
 * Canonical matching key: lower case, OCR slips fixed, punctuation, "and"/"&"/"the" dropped, "LLN" expanded.
 * "Providing learners with persona! care support" -> "providing learners with personal care support".
 */
export function unitKey(text: string): string {
  // The same few titles recur on every row of a team: remember them (bounded against hostile input).
  const known = KEY_CACHE.get(text);
  if (known !== undefined) return known;
  const key = computeUnitKey(text);
  if (KEY_CACHE.size < 10_000) KEY_CACHE.set(text, key);
  return key;
}

const KEY_CACHE = new Map<string, string>();

function computeUnitKey(text: string): string {
  return stripAnnotations(text)
    .toLowerCase()
    .replace(/([a-z])[!|]/g, '$1l') // LLUK LSP qualifications: "persona!" is "personal"; "|" is a common OCR "l" too
    .replace(/[!|]([a-z])/g, 'l$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\blln\b/g, 'literacy language numeracy')
    .split(' ')
    .filter((w) => w !== '' && w !== 'and' && w !== 'the')
    .join(' ');
}

/** Levenshtein edit distance, for OCR slips the key does not fix. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Splits a list cell of unit titles on semicolons and new lines (titles themselves contain commas). */
export function splitUnitList(text: string): string[] {
  return text
    .split(/[;\n\r]+/)
    .map((s) => s.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((s) => s !== '');
}

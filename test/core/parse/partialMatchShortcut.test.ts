import { FIELD_SYNONYMS, NO_PARTIAL_MATCH } from '../../../src/core/parse/fieldSynonyms';
import { matchHeader } from '../../../src/core/parse/matchHeader';
import { headerWords } from '../../../src/core/parse/normaliseHeader';

// The plain partial match, trying every synonym on every header: matchHeader skips synonyms too short to reach 0.6.
function plainPartial(header: string): { field: string; confidence: number } | null {
  const words = headerWords(header);
  let best: { field: string; confidence: number } | null = null;
  for (const [field, synonyms] of Object.entries(FIELD_SYNONYMS)) {
    for (const s of synonyms) {
      if (NO_PARTIAL_MATCH.has(s)) continue;
      const part = headerWords(s);
      const found = words.some((_, i) => part.every((w, j) => words[i + j] === w));
      if (!found) continue;
      const confidence = Math.round((0.5 + (0.4 * part.length) / words.length) * 100) / 100;
      if (confidence >= 0.6 && (best === null || confidence > best.confidence)) best = { field, confidence };
    }
  }
  return best;
}

describe('matchHeader skips synonyms too short for the header', () => {
  // Headers of one synonym among 0-30 filler words: around the cut-off, where a synonym is 1/4 to 1/6 of the header.
  const headers: string[] = [];
  for (const synonyms of Object.values(FIELD_SYNONYMS)) {
    for (const s of synonyms) for (let extra = 0; extra <= 30; extra++) headers.push(`${'zz '.repeat(extra)}${s}`);
  }

  test('finds what trying every synonym finds', () => {
    for (const h of headers) {
      const m = matchHeader(h);
      const plain = plainPartial(h);
      // Exact and rating matches come first; the shortcut only changes partial ones.
      if (m === null || m.confidence < 1) expect([h, m]).toEqual([h, plain]);
    }
  });

  test('a synonym that is a quarter of the header still counts (0.6)', () => {
    expect(matchHeader('zz zz zz Job title zz zz zz')).toEqual({ field: 'jobTitle', confidence: 0.6 });
    expect(matchHeader('zz zz zz zz Job title zz zz zz zz')).toBeNull();
  });
});

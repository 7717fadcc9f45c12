import { readFileSync } from 'fs';
import { join } from 'path';
import { SOURCE_DOCUMENTS } from '../../src/core/sheets/sourceDocuments';
import { commentsOf, ROOT, trackedFiles } from './_lib/pathClaims';

// docs/sources.md is the one map from "seed 00N" (older code comments) and the short forms (cells, comments) to the
// documents' full titles (SPEC 4.1). It must agree with the code's SOURCE_DOCUMENTS.
const PAGE = readFileSync(join(ROOT, 'docs/sources.md'), 'utf8');
const rows = [...PAGE.matchAll(/^\| seed (\d{3}) \| ([^|]+) \| ([^|]+) \|/gm)].map((m) => ({ number: m[1], short: m[2].trim(), title: m[3].trim() }));

describe('docs/sources.md', () => {
  test('lists every source document with the short form and full title the code uses', () => {
    expect(rows).toEqual(Object.entries(SOURCE_DOCUMENTS).map(([number, d]) => ({ number, short: d.short, title: d.title })));
  });

  test("names the 2010 report as SPEC 4.1 (v3) does: O'Brien and O'Brien, for LSIS by Natspec", () => {
    expect(SOURCE_DOCUMENTS['003'].title).toBe(
      "O'Brien and O'Brien, Enhancement of Learning Support: the training and development needs of learning support assistants, findings and recommendations (Natspec for LSIS, 2010)",
    );
  });

  test('every "seed NNN" a code comment cites is on the page, and the README links the page', () => {
    const cited = new Set<string>();
    for (const file of trackedFiles().filter((f) => /^(src|test|scripts|bench|bin)\/.*\.(tsx?|js)$/.test(f))) {
      for (const c of commentsOf(readFileSync(join(ROOT, file), 'utf8'))) for (const m of c.text.matchAll(/\bseeds? (\d{3})/gi)) cited.add(m[1]);
    }
    expect([...cited].filter((n) => !rows.some((r) => r.number === n))).toEqual([]);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('](docs/sources.md)');
  });
});

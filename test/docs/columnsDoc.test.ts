import { readFileSync } from 'fs';
import { join } from 'path';
import { COLUMNS_DOC, columnsMarkdown, fieldsWithoutFormat, optionalKindsNotDescribed } from '../../scripts/docs/columnsDoc';
import { FIELD_SYNONYMS } from '../../src/core/parse/fieldSynonyms';
import { missingPaths, ROOT } from './_lib/docDrift';

const committed = readFileSync(join(ROOT, COLUMNS_DOC), 'utf8');
const generated = columnsMarkdown();

/** The first line where two texts differ, or null when they are the same. */
function firstDifference(a: string, b: string): string | null {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: committed ${JSON.stringify(x[i] ?? '(none)')}, generated ${JSON.stringify(y[i] ?? '(none)')}`;
  }
  return null;
}

describe('docs/columns.md is generated from the code', () => {
  test('the committed page is what `npm run docs:columns` produces (run it after changing a synonym or a parser)', () => {
    expect(firstDifference(committed, generated)).toBeNull();
  });

  test('every field of the synonym table has its format described in scripts/docs/fieldFormats.ts', () => {
    expect(fieldsWithoutFormat()).toEqual([]);
  });

  test('every kind of optional sheet the code reads is described, with its columns', () => {
    expect(optionalKindsNotDescribed()).toEqual([]);
  });

  test('every header synonym of every field is on the page', () => {
    for (const synonyms of Object.values(FIELD_SYNONYMS)) for (const s of synonyms) expect(generated).toContain(s.replace(/\|/g, '\\|'));
  });

  test('the page links only files that exist', () => {
    expect(missingPaths(generated)).toEqual([]);
  });

  test('a stale page is caught: one synonym removed from the committed text is a difference', () => {
    const stale = committed.replace('Payroll number, ', '');
    expect(stale).not.toBe(committed);
    expect(firstDifference(stale, generated)).toMatch(/^line \d+: committed/);
  });
});

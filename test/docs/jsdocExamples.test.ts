import { readFileSync } from 'fs';
import { join } from 'path';
import { examplesIn, ROOT, runExample, scopeFor, sourceFiles, type ExampleResult } from './_lib/jsdocExamples';

// The @example lines of src/core and src/functions/_lib run as tests. The format is in docs/CONTRIBUTING.md
// ("@example lines"): `code // value`, the value a literal, `...` abridging; anything else is illustrative.
const FILES = [...sourceFiles('src/core'), ...sourceFiles('src/functions/_lib')];
/** How many examples ran and were right when this test was written: fewer means the runner stopped reading some. */
const RUN_AT_LEAST = 134;

const where = (r: ExampleResult): string => `${r.example.file}:${r.example.line}`;

describe('@example lines in JSDoc', () => {
  const results: ExampleResult[] = [];
  beforeAll(() => {
    for (const file of FILES) {
      const examples = examplesIn(readFileSync(join(ROOT, file), 'utf8'), file);
      if (examples.length === 0) continue;
      const scope = scopeFor(file, FILES);
      for (const example of examples) results.push(runExample(example, scope));
    }
  });

  test('every example that runs gives the value it promises', () => {
    const bad = results.flatMap((r) =>
      r.outcome === 'wrong' ? [`${where(r)}: ${r.example.code} gives ${r.actual}, not ${r.expected}`] : r.outcome === 'throws' ? [`${where(r)}: ${r.example.code} throws ${r.error}`] : [],
    );
    expect(bad).toEqual([]);
  });

  test(`at least ${RUN_AT_LEAST} examples run`, () => {
    expect(results.filter((r) => r.outcome === 'right').length).toBeGreaterThanOrEqual(RUN_AT_LEAST);
  });
});

describe('the example runner', () => {
  const scope = { double: (n: number) => n * 2, words: (s: string) => s.split(' '), person: () => ({ name: 'Ann Lee', level: 3, site: 'North' }) };
  const run = (line: string): ExampleResult['outcome'] => runExample(examplesIn(`/** ${line} */`, 'x.ts')[0], scope).outcome;

  test('a wrong value fails, a right one passes', () => {
    expect(run('@example double(2) // 4')).toBe('right');
    expect(run('@example double(2) // 5')).toBe('wrong');
    expect(run("@example words('a b') // ['a', 'b']")).toBe('right');
    expect(run("@example words('a b') // ['a', 'b', 'c']")).toBe('wrong');
  });

  test('`...` abridges a string or the rest of an object; a trailing "(why)" is commentary', () => {
    expect(run("@example person().name // 'Ann ...'")).toBe('right');
    expect(run("@example person().name // 'Bob ...'")).toBe('wrong');
    expect(run("@example person() // { name: 'Ann Lee', ... }")).toBe('right');
    expect(run("@example person() // { name: 'Ann Lee' }")).toBe('wrong');
    expect(run('@example double(3) // 6 (three twice)')).toBe('right');
  });

  test('prose, names the example does not define and abridged inputs are illustrative, never passed as right', () => {
    expect(run('@example double(n) // 4')).toBe('illustrative');
    expect(run('@example double(2) // e.g. 4')).toBe('illustrative');
    expect(run('@example double([[1, ...]]) // 4')).toBe('illustrative');
    expect(run('@example double(2)')).toBe('illustrative');
    expect(run("@example words(null) // ['a']")).toBe('throws');
  });
});

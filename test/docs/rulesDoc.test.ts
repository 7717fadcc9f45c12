import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { codeFacts, missingPaths, namedPaths, ROOT, rulesDocProblems, unionLiterals } from './_lib/docDrift';

const RULES = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
const facts = codeFacts();

describe('docs/rules.md against the code', () => {
  test('reads the indicators, need categories and output sheets from the code', () => {
    expect(facts.indicatorIds).toContain('O1');
    expect(facts.indicatorIds.length).toBeGreaterThanOrEqual(17);
    expect(facts.needCategories).toEqual(expect.arrayContaining(['Compliance', 'NOS gap', 'CPD']));
    expect(facts.sheetNames).toContain('Audit Summary');
  });

  test('covers every indicator, training-need category and output sheet, names only files that exist, and never says "seed"', () => {
    expect(rulesDocProblems(RULES, facts)).toEqual([]);
  });

  test('names files: at least one link into every area folder of src/core', () => {
    const named = namedPaths(RULES, 'docs').map((p) => p.path);
    for (const area of ['nos', 'nos/standards', 'qualifications', 'development', 'training', 'compliance', 'organisation', 'workforce', 'parse', 'sheets']) {
      expect(named.some((p) => p.startsWith(join(ROOT, 'src/core', area)))).toBe(true);
    }
  });
});

describe('the drift check fails when the doc falls behind', () => {
  const only = { indicatorIds: ['O1', 'O11'], needCategories: ['NOS gap'], sheetNames: ['Skills Matrix'] };
  const complete = '### O1 Performance review\n### O11 Specialist cover\n### Training need: NOS gap\n### Sheet: Skills Matrix\n';

  test('a doc with everything passes', () => {
    expect(rulesDocProblems(complete, only, () => true)).toEqual([]);
  });

  test('an indicator in the code with no heading is reported (O1 mentioned in passing is not enough)', () => {
    const doc = complete.replace('### O11 Specialist cover\n', 'O11 is mentioned in passing, and O1 too.\n');
    expect(rulesDocProblems(doc, only, () => true)).toEqual(['indicator O11 has no heading "### O11 <name>"']);
  });

  test('a heading for O11 does not count for O1', () => {
    const doc = complete.replace('### O1 Performance review\n', '');
    expect(rulesDocProblems(doc, only, () => true)).toEqual(['indicator O1 has no heading "### O1 <name>"']);
  });

  test('a training-need category in the code with no heading is reported', () => {
    const facts2 = { ...only, needCategories: ['NOS gap', 'Observation'] };
    expect(rulesDocProblems(complete, facts2, () => true)).toEqual(['training-need category "Observation" has no heading "### Training need: Observation"']);
  });

  test('an output sheet in the code with no heading is reported', () => {
    const facts2 = { ...only, sheetNames: ['Skills Matrix', 'Group Summary'] };
    expect(rulesDocProblems(complete, facts2, () => true)).toEqual(['output sheet "Group Summary" has no heading "### Sheet: Group Summary"']);
  });

  test('a linked or named file that does not exist is reported, with links resolved from docs/', () => {
    const doc = `${complete}See [gap](../src/core/nos/gapScore.ts#L1), [gone](../src/core/nos/gone.ts), \`src/core/nos/alsoGone.ts\`, [web](https://example.org) and [here](#o1).`;
    expect(missingPaths(doc)).toEqual([
      'the doc names ../src/core/nos/gone.ts, which does not exist',
      'the doc names src/core/nos/alsoGone.ts, which does not exist',
    ]);
    expect(existsSync(join(ROOT, 'src/core/nos/gapScore.ts'))).toBe(true);
  });

  test('the word "seed" is reported: documents are named by title', () => {
    expect(rulesDocProblems(`${complete}From seed 003.`, only, () => true)).toEqual(['the doc says "seed": name the document by its title']);
  });
});

describe('unionLiterals reads a union type from source, not from a copy', () => {
  test('NeedCategory has the categories the training rules use', () => {
    const categories = unionLiterals(join(ROOT, 'src/core/training/trainingNeed.ts'), 'NeedCategory');
    expect(categories).toEqual(expect.arrayContaining(['Compliance', 'NOS gap', 'Personal skills', 'Qualification', 'Career', 'CPD']));
  });

  test('an unknown type name is an error, not an empty list', () => {
    expect(() => unionLiterals(join(ROOT, 'src/core/training/trainingNeed.ts'), 'NoSuchType')).toThrow('declares no type NoSuchType');
  });
});

import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { CRITERION_ACTIVITIES, type CriterionActivity } from '../../src/core/training/criterionActivity';
import { AUDIT_ISSUE_CODES } from '../../src/core/auditIssueCode';
import { activityMapProblems, codeFacts, indicatorRowProblems, issueCodeTableProblems, readText, symbolProblems, sheetHeaderProblems, sheetHeadersFromCode, missingPaths, namedPaths, ROOT, rulesDocProblems, unionLiterals } from './_lib/docDrift';

const RULES = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
const facts = codeFacts();

describe('docs/rules.md against the code', () => {
  test('reads the indicators, need categories and output sheets from the code', () => {
    expect(facts.indicatorIds).toContain('O1');
    expect(facts.indicatorIds.length).toBeGreaterThanOrEqual(17);
    expect(facts.needCategories).toEqual(expect.arrayContaining(['Compliance', 'NOS gap', 'CPD']));
    expect(facts.sheetNames).toContain('Audit Summary');
    expect(facts.customFunctions).toEqual(expect.arrayContaining(['NOSGAP', 'SMARTCHECK']));
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
  const body = 'Example: 9 of 12. Source: a document. Code: a file.\n';
  const complete = `### O1 Performance review\n${body}### O11 Specialist cover\n${body}### Training need: NOS gap\n${body}### Sheet: Skills Matrix\n${body}`;

  test('a doc with everything passes', () => {
    expect(rulesDocProblems(complete, only, () => true)).toEqual([]);
  });

  test('an indicator in the code with no heading is reported (O1 mentioned in passing is not enough)', () => {
    const doc = complete.replace(`### O11 Specialist cover\n${body}`, 'O11 is mentioned in passing, and O1 too.\n');
    expect(rulesDocProblems(doc, only, () => true)).toEqual(['indicator O11 has no heading "### O11 <name>"']);
  });

  test('a heading for O11 does not count for O1', () => {
    const doc = complete.replace(`### O1 Performance review\n${body}`, '');
    expect(rulesDocProblems(doc, only, () => true)).toEqual(['indicator O1 has no heading "### O1 <name>"']);
  });

  test('a section without its example, source or code is reported', () => {
    const doc = complete.replace(`### O11 Specialist cover\n${body}`, '### O11 Specialist cover\nSource: a document.\n');
    expect(rulesDocProblems(doc, only, () => true)).toEqual(['indicator O11\'s section lacks "Example", "Code:"']);
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

  test('a custom function with no row in the functions table is reported', () => {
    const withFn = { ...only, customFunctions: ['NOSGAP', 'PRACTICECHECK'] };
    const doc = `${complete}| \`LSA.NOSGAP(ratings, level)\` | gap score | rule |\nPRACTICECHECK is mentioned in passing.\n`;
    expect(rulesDocProblems(doc, withFn, () => true)).toEqual(['custom function PRACTICECHECK has no row "| `LSA.PRACTICECHECK(...)` |" in the custom functions table']);
  });

  test('the word "seed" is reported: documents are named by title', () => {
    expect(rulesDocProblems(`${complete}From seed 003.`, only, () => true)).toEqual(['the doc says "seed": name the document by its title']);
  });
});

describe('the indicator table follows the code\'s names and thresholds', () => {
  const o1 = { id: 'O1', name: 'Performance review', target: '>= 90% (Amber >= 70%)' };
  const doc = '### O1 Performance review\n\n| O1 | Performance review | % staff reviewed | >= 90 | >= 70 |\n';

  test('a matching heading and row pass, also for "per 10 staff" targets', () => {
    expect(indicatorRowProblems(doc, o1)).toEqual([]);
    const o13 = { id: 'O13', name: 'Senior roles', target: '>= 1 per 10 staff (Amber > 0)' };
    expect(indicatorRowProblems('### O13 Senior roles\n| O13 | Senior roles | per 10 staff | >= 1 | > 0 |', o13)).toEqual([]);
  });

  test('a changed threshold, a renamed indicator or a missing row is reported', () => {
    expect(indicatorRowProblems(doc.replace('>= 70 |', '>= 60 |'), o1)).toEqual([
      'indicator O1\'s thresholds in the table (90, 60) differ from the code\'s ">= 90% (Amber >= 70%)"',
    ]);
    expect(indicatorRowProblems(doc, { ...o1, name: 'Appraisal' })).toEqual([
      'indicator O1\'s heading says "Performance review"; the code calls it "Appraisal"',
      'indicator O1 is "Performance review" in the table; the code calls it "Appraisal"',
    ]);
    expect(indicatorRowProblems('### O1 Performance review\n', o1)).toEqual(['indicator O1 has no row in the indicator table']);
  });
});

describe('each output sheet\'s section names the columns the code writes', () => {
  test('every column of every output sheet is in its section', () => {
    const sheets = sheetHeadersFromCode();
    expect(sheets.map((x) => x.name)).toEqual(expect.arrayContaining(['Audit Summary', 'Audit Issues', 'PDP Check']));
    expect(sheetHeaderProblems(RULES, sheets)).toEqual([]);
  });

  test('a column the section does not mention is reported; criterion and indicator columns are described as groups', () => {
    const doc = '### Sheet: Audit Issues\n\nSheet, Row, Column.\n\n### Sheet: Skills Matrix\n\nStaff ID, Name, then A1-C7.\n';
    expect(sheetHeaderProblems(doc, [
      { name: 'Audit Issues', headers: ['Sheet', 'Row', 'Column', 'Severity'] },
      { name: 'Skills Matrix', headers: ['Staff ID', 'Name', 'A1', 'C7'] },
    ])).toEqual(['sheet "Audit Issues" has a column "Severity" that its section does not mention']);
  });
});

describe('names given beside a linked file are in that file', () => {
  test('every `name` in brackets after a link to a source file is found in it', () => {
    expect(symbolProblems(RULES, readText)).toEqual([]);
  });

  test('where a newcomer finds O11, the Level 2 credit cap and the SMART Relevant rule', () => {
    const o11 = RULES.slice(RULES.indexOf('\n### O11 '), RULES.indexOf('\n### O12 '));
    expect(o11).toContain('[teamIndicators.ts](../src/core/organisation/teamIndicators.ts) (`O11`)');
    expect(RULES).toContain('[certificateStatus.ts](../src/core/qualifications/certificateStatus.ts) (`RULES.generic`, `level2Max`');
    const relevantSection = RULES.slice(RULES.indexOf('\n### Relevant'), RULES.indexOf('\n### Time-bound'));
    expect(relevantSection).toContain('[relevant.ts](../src/core/development/smart/relevant.ts)');
  });

  test('a name the file lacks is reported; a formula or a prose bracket is not a name', () => {
    const file = 'export const O11 = 1; const RULES = { generic: { level2Max: 12 } };';
    const doc = '[t.ts](../src/t.ts) (`O11`), [c.ts](../src/c.ts) (`RULES.generic`, `level2Max`; applied in `gone`), [f.ts](../src/f.ts) (`=LSA.X(1)`), [g.ts](../src/g.ts) (the pooling)';
    expect(symbolProblems(doc, () => file)).toEqual(['the doc says ../src/c.ts has `gone`, which it does not']);
  });
});

describe('the activity map on the page follows the code\'s map', () => {
  test('every criterion of the code\'s map has its row, kind and unit on the page', () => {
    expect(activityMapProblems(RULES, CRITERION_ACTIVITIES)).toEqual([]);
  });

  const a9: CriterionActivity = { code: 'A9', focus: 'safe environment', kind: 'QCF unit', credits: 6, unitId: 'behaviours',
    activity: 'QCF unit: Managing behaviours in the learning environment (6 credits, Level 3)' };
  const row = '| A9 | a safe environment | QCF unit | Managing behaviours in the learning environment (6 credits, Level 3) |';

  test('a changed unit, a changed kind or a missing row is reported', () => {
    expect(activityMapProblems(row, [a9])).toEqual([]);
    expect(activityMapProblems(row, [{ ...a9, activity: 'QCF unit: Approaches to learning (6 credits, Level 3)' }])).toEqual([
      'criterion A9\'s unit is "Managing behaviours in the learning environment (6 credits, Level 3)" on the page and "Approaches to learning (6 credits, Level 3)" in the code',
    ]);
    expect(activityMapProblems(row, [{ ...a9, kind: 'mentoring', activity: 'Mentoring', credits: null, unitId: null }])).toEqual([
      'criterion A9\'s activity is "QCF unit" on the page and "mentoring" in the code',
    ]);
    expect(activityMapProblems('', [a9])).toEqual(['criterion A9 has no row in the activity map']);
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

describe('the Audit Issue codes table lists exactly the codes in AUDIT_ISSUE_CODES (issue 19)', () => {
  test('every code has its row, with the code\'s meaning and an example; the doc lists no other code', () => {
    expect(Object.keys(AUDIT_ISSUE_CODES).length).toBeGreaterThan(30);
    expect(issueCodeTableProblems(RULES, AUDIT_ISSUE_CODES)).toEqual([]);
  });

  const codes = { 'future-date': 'A date after the audit date', 'summary-row': 'Not a person' };
  const doc = '### Audit Issue codes\n\n| Code | Meaning | Example |\n| --- | --- | --- |\n'
    + '| `future-date` | A date after the audit date | Last appraisal 10/03/2027 |\n| `summary-row` | Not a person | "Total staff" |\n\n## Next\n';

  test('a matching table passes', () => {
    expect(issueCodeTableProblems(doc, codes)).toEqual([]);
  });

  test('a code missing from the doc, a code the code lacks, a changed meaning and a missing example are reported', () => {
    expect(issueCodeTableProblems(doc, { ...codes, 'no-date': 'No date' })).toEqual(['issue code no-date has no row in the Audit Issue codes table']);
    expect(issueCodeTableProblems(doc, { 'future-date': codes['future-date'] })).toEqual(['the doc lists issue code summary-row, which the code does not have']);
    expect(issueCodeTableProblems(doc.replace('| Not a person |', '| Not someone |'), codes)).toEqual(['issue code summary-row means "Not someone" in the doc; the code says "Not a person"']);
    expect(issueCodeTableProblems(doc.replace('| "Total staff" |', '|  |'), codes)).toEqual(['issue code summary-row has no example']);
  });

  test('a row below the next heading does not count, nor does a doc without the heading', () => {
    expect(issueCodeTableProblems(doc.replace('| `summary-row`', '## Moved\n| `summary-row`'), codes)).toEqual(['issue code summary-row has no row in the Audit Issue codes table']);
    expect(issueCodeTableProblems('no table', codes)).toEqual(['the doc has no heading "### Audit Issue codes"']);
  });
});

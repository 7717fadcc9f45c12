// Issue 11, failures 2 and 9: qualifications in progress are not held (SPEC 3.5 v2); not recorded is not a need (SPEC 3.11).
import { auditToSheets } from '../../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { auditRows, indicator } from '../_fixtures/auditRows';

const qualificationNeeds = (audit: ReturnType<typeof auditRows>, i = 0) =>
  audit.staff[i].needs.filter((n) => n.category === 'Qualification').map((n) => [n.need, n.priority, n.suggestedActivity]);

describe('failure 2: a qualification in progress is not held', () => {
  test.each([
    'Level 3 Certificate in Learning Support (in progress)',
    'Working towards Level 3 Certificate in Learning Support',
    'Level 3 Certificate in Learning Support - studying',
    'Level 3 Certificate in Learning Support (IP)',
    'Enrolled: Level 3 Certificate in Learning Support',
    'Level 3 Certificate in Learning Support, due to complete July 2027',
  ])('"%s" is not Level 3 held: O4/O5 do not count it, and the need is to complete it, Low', (title) => {
    const audit = auditRows(['Name', 'Level', 'Qualifications'], [['Ann Lee', 3, title]]);
    const q = audit.staff[0].qualifications;
    expect(q.highestLevel).toBeNull();
    expect(q.inProgress.map((p) => p.level)).toEqual([3]);
    expect(indicator(audit, 'O4')).toMatchObject({ value: 0 });
    expect(indicator(audit, 'O5')).toMatchObject({ value: 0 });
    expect(qualificationNeeds(audit)).toEqual([
      ['Complete the Level 3 Certificate in Learning Support (in progress)', 'Low', 'Continue the course; agree release time and a mentor'],
    ]);
  });

  test('each item is judged on its own: a held Level 2 stays held beside a Level 3 in progress', () => {
    const audit = auditRows(['Name', 'Level', 'Qualifications'], [['Ann Lee', 3, 'Level 2 Award in Learning Support; Level 3 Certificate in Learning Support (in progress)']]);
    expect(audit.staff[0].qualifications.highestLevel).toBe(2);
    expect(indicator(audit, 'O4')).toMatchObject({ value: 100 });
    expect(qualificationNeeds(audit)).toHaveLength(1);
  });

  test('an in-progress qualification that would meet two needs gives one, and its wording wins over the offer', () => {
    const audit = auditRows(['Name', 'Level', 'Qualifications', 'Career aspiration'], [['Ann Lee', 4, 'Working towards Level 3 Certificate in Learning Support', 'Stay as an LSA']]);
    expect(qualificationNeeds(audit).map((n) => n[0])).toEqual(['Complete the Level 3 Certificate in Learning Support (in progress)']);
  });

  test('the Qualifications sheet shows it in an In progress column', () => {
    const audit = auditRows(['Name', 'Level', 'Qualifications'], [['Ann Lee', 3, 'Level 3 Certificate in Learning Support (in progress)']]);
    const sheet = auditToSheets(audit, { runAt: '2026-09-01 09:00', catalogue: NOS_CATALOGUE }).find((s) => s.name === 'Qualifications')!;
    const col = sheet.headers.indexOf('In progress');
    expect(col).toBeGreaterThan(0);
    expect(sheet.rows[0][col]).toBe('Level 3 Certificate in Learning Support');
  });
});

describe('failure 9: a column that is not there raises no need and no verdict (SPEC 3.11)', () => {
  const rows = Array.from({ length: 5 }, (_, i) => [`Person ${i + 1}`, 3, 'LSA']);

  test('no qualifications column and no units: no qualification need, the sheet says Not recorded, O4 and O5 No data', () => {
    const audit = auditRows(['Name', 'Level', 'Job title'], rows);
    expect(audit.staff.flatMap((s) => s.needs.filter((n) => n.category === 'Qualification'))).toEqual([]);
    expect(indicator(audit, 'O4').status).toBe('No data');
    expect(indicator(audit, 'O5').status).toBe('No data');
    const sheet = auditToSheets(audit, { runAt: '2026-09-01 09:00', catalogue: NOS_CATALOGUE }).find((s) => s.name === 'Qualifications')!;
    for (const header of ['Highest level', 'L3 Certificate', 'Credits', 'Size']) {
      expect(sheet.rows.map((r) => r[sheet.headers.indexOf(header)])).toEqual(rows.map(() => 'Not recorded'));
    }
  });

  test('with the column mapped and the cell blank, the rules apply (a blank cell is no qualification)', () => {
    const audit = auditRows(['Name', 'Level', 'Qualifications'], [['Ann Lee', 3, null]]);
    expect(qualificationNeeds(audit)).toHaveLength(1);
  });

  test('no compliance column: the Skills Profile compliance cell says Not recorded, and no course need', () => {
    const audit = auditRows(['Name', 'Level'], [['Ann Lee', 2]]);
    const sheet = auditToSheets(audit, { runAt: '2026-09-01 09:00', catalogue: NOS_CATALOGUE }).find((s) => s.name === 'Skills Profile')!;
    const col = sheet.headers.indexOf('Compliance');
    expect(sheet.rows[0][col]).toBe('Not recorded');
    expect(audit.staff[0].needs.filter((n) => /training/i.test(n.need) && n.category === 'Compliance')).toEqual([]);
  });

  test('no review, induction, English, maths, mentor or CPD columns: none of their needs, their indicators No data', () => {
    const audit = auditRows(['Name', 'Level'], [['Ann Lee', 2]]);
    const needs = audit.staff[0].needs.map((n) => n.need).join(' | ');
    expect(needs).not.toMatch(/review|Induction|English|Maths|CPD/);
    for (const id of ['O1', 'O3', 'O6', 'O7', 'O14', 'O17']) expect([id, indicator(audit, id).status]).toEqual([id, 'No data']);
  });
});

// Issue 11, failures 7 and 8: O8 and O17 as clarified in SPEC 3.8 (v2).
import { auditRows, indicator } from '../_fixtures/auditRows';

describe('failure 7: O8 has No data when there is nothing to compare', () => {
  const header = ['Name', 'Level', 'Contract', 'CPD hours'];

  test('both groups at 0% is No data, not a Green ratio of 1; the note says why', () => {
    const audit = auditRows(header, [['Ann Lee', 2, 'Permanent', 0], ['Bob Khan', 2, 'Fixed term', 0]]);
    const o8 = indicator(audit, 'O8');
    expect(o8.status).toBe('No data');
    expect(o8.note).toMatch(/No one in either group met the CPD target/);
  });

  test('permanent staff at 0% and others above is No data, not an infinite ratio', () => {
    const audit = auditRows(header, [['Ann Lee', 2, 'Permanent', 0], ['Bob Khan', 2, 'Fixed term', 20]]);
    const o8 = indicator(audit, 'O8');
    expect(o8.status).toBe('No data');
    expect(o8.note).toMatch(/No permanent staff met the CPD target/);
  });

  test('an empty group is No data and the note names it', () => {
    const audit = auditRows(header, [['Ann Lee', 2, 'Permanent', 20]]);
    expect(indicator(audit, 'O8')).toMatchObject({ status: 'No data', note: expect.stringMatching(/non-permanent/) });
  });

  test('two groups with a rate to compare still give a ratio', () => {
    const audit = auditRows(header, [['Ann Lee', 2, 'Permanent', 20], ['Bob Khan', 2, 'Fixed term', 20], ['Cat Ng', 2, 'Fixed term', 0]]);
    expect(indicator(audit, 'O8')).toMatchObject({ status: 'Red', value: 0.5 });
  });
});

describe('failure 8: O17 does not count an undated "Yes" as current', () => {
  test('a Yes stays in the denominator, is not counted, and the basis says how many had no date', () => {
    const audit = auditRows(['Name', 'Level', 'Safeguarding'], [['Ann Lee', 2, '2026-01-10'], ['Bob Khan', 2, 'Yes']]);
    const o17 = indicator(audit, 'O17');
    expect(o17).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(o17.basis).toMatch(/1 with no date/);
  });

  test('the person with no date gets a Medium need to record it, not a High "missing" one', () => {
    const audit = auditRows(['Name', 'Level', 'Safeguarding'], [['Bob Khan', 2, 'Yes']]);
    const needs = audit.staff[0].needs.filter((n) => /safeguarding/i.test(n.need));
    expect(needs.map((n) => [n.need, n.priority])).toEqual([['Record the date of Safeguarding training', 'Medium']]);
  });

  test('a completion date after the audit date counts as Missing until corrected', () => {
    const audit = auditRows(['Name', 'Level', 'Safeguarding'], [['Ann Lee', 2, '2027-01-10']]);
    expect(audit.staff[0].compliance.courses[0].status).toBe('Missing');
    expect(indicator(audit, 'O17').value).toBe(0);
  });
});

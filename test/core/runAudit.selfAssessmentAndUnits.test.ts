// SPEC 3.2 (v2) out-of-date self-assessment, and 3.5 (v2) "Level 3 assumed" for Preparing to support learning.
import { AB, auditRows, indicator } from './_fixtures/auditRows';

describe('an out-of-date self-assessment (more than 12 months before the audit date)', () => {
  const header = ['Name', 'Level', 'Self-assessment date', ...AB];
  const rated = AB.map(() => 3);

  test('still scores, gives a Medium Compliance need naming the date, and does not count for O2', () => {
    const audit = auditRows(header, [['Ann Lee', 2, '2025-01-10', ...rated], ['Bob Khan', 2, '2026-03-01', ...rated]]);
    expect(audit.staff[0].skills.coverage).toBe(100);
    const needs = audit.staff[0].needs.filter((n) => /self-assessment/.test(n.need)).map((n) => [n.category, n.need, n.priority]);
    expect(needs).toEqual([['Compliance', 'Update the NOS self-assessment (last 10/01/2025)', 'Medium']]);
    expect(audit.staff[1].needs.filter((n) => /self-assessment/.test(n.need))).toEqual([]);
    expect(indicator(audit, 'O2')).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
  });

  test('no date recorded is not out of date', () => {
    const audit = auditRows(header, [['Ann Lee', 2, null, ...rated]]);
    expect(indicator(audit, 'O2').value).toBe(100);
  });
});

describe('Preparing to support learning with no level recorded', () => {
  test('is taken at Level 3 and Audit Issues says so (Info)', () => {
    const audit = auditRows(['Name', 'Level', 'QCF units'], [['Ann Lee', 2, 'Preparing to support learning']]);
    expect(audit.staff[0].qualifications.highestLevel).toBe(3);
    expect(audit.issues).toContainEqual(expect.objectContaining({
      row: 2, name: 'Ann Lee', code: 'unit-level-assumed', value: 'Preparing to support learning', severity: 'Info',
    }));
  });

  test('with the level written, nothing is assumed', () => {
    const audit = auditRows(['Name', 'Level', 'QCF units'], [['Ann Lee', 2, 'Preparing to support learning (Level 2)']]);
    expect(audit.staff[0].qualifications.highestLevel).toBe(2);
    expect(audit.issues.filter((i) => i.code === 'unit-level-assumed')).toEqual([]);
  });
});

test('a level written on the Units sheet wins over the one assumed for the same unit in the QCF units column', () => {
  const units = { name: 'Units', firstRow: 1, firstColumn: 1, rows: [['Staff ID', 'Unit title', 'Credits', 'Level'], ['S1', 'Preparing to support learning', 6, 'Level 2']] };
  const audit = auditRows(['Staff ID', 'Name', 'Level', 'QCF units'], [['S1', 'Ann Lee', 2, 'Preparing to support learning']], [units]);
  expect(audit.staff[0].qualifications.highestLevel).toBe(2);
  expect(audit.issues.filter((i) => i.code === 'unit-level-assumed')).toEqual([]);
});

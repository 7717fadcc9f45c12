// Issue 11, failures 1, 10 and 11: what managers type, read as they mean it (SPEC 2.1, 3.2, 3.3 v2).
import { AB, auditRows } from '../_fixtures/auditRows';

describe('failure 1: a Specialisms cell that means nothing lists no specialism', () => {
  test.each(['n/a', 'None', '-', 'N/A ', 'nil', '—'])('"%s" is not a specialist: Standard C does not apply', (cell) => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'Specialisms', ...AB], [['S1', 'Ann Lee', 2, cell, ...AB.map(() => 3)]]);
    const s = audit.staff[0];
    expect(s.member.specialisms).toEqual([]);
    expect(s.skills.specialist).toBe(false);
    expect(s.skills.coverage).toBe(100);
    expect(s.needs.map((n) => n.need)).not.toContainEqual(expect.stringContaining('self-assessment'));
  });

  test('an item that means nothing in a list is dropped, the others kept', () => {
    const audit = auditRows(['Name', 'Level', 'Specialisms'], [['Ann Lee', 2, 'Autism; n/a']]);
    expect(audit.staff[0].member.specialisms).toEqual(['Autism']);
  });
});

describe('failure 10: real headers and values', () => {
  test('"Grade" holding "LSA 4" and "Level 3" is the LSA level', () => {
    const audit = auditRows(['Name', 'Grade', 'Job title'], [['Ann Lee', 'LSA 4', 'Senior LSA'], ['Bob Khan', 'Level 3', 'LSA']]);
    expect(audit.staff.map((s) => s.skills.level)).toEqual([4, 3]);
  });

  test.each(['Hrs/wk', 'Contracted Hrs'])('"%s" is hours per week', (header) => {
    const audit = auditRows(['Name', 'Level', header], [['Ann Lee', 2, 18.5]]);
    expect(audit.staff[0].member.hoursPerWeek).toBe(18.5);
  });

  test('"FTE" gives the hours when there is no hours column', () => {
    const audit = auditRows(['Name', 'Level', 'FTE'], [['Ann Lee', 2, 0.6]]);
    expect(audit.staff[0].member.hoursPerWeek).toBeCloseTo(22.2);
  });

  test('rating headers with the criterion title after a separator are rating columns', () => {
    const header = ['Name', 'Level', 'A1 - High quality learning support', 'A2: engaging learners', 'NOS A3 Plan learning support (self)', 'A4 manager: communication'];
    const audit = auditRows(header, [['Ann Lee', 2, 3, 2, 1, 4]]);
    expect(audit.staff[0].member.selfRatings).toMatchObject({ A1: 3, A2: 2, A3: 1 });
    expect(audit.staff[0].member.managerRatings).toMatchObject({ A4: 4 });
    expect(audit.input.mapping.columns).toHaveLength(6);
  });

  test.each([
    ['3 - Competent', 3], ['3 Competent', 3], ['Competent (3)', 3], ['Comp', 3], ['Dev', 2], ['Adv', 4], ['Awa', 1], ['NY', 0], ['3', 3],
  ])('the rating "%s" is %d', (cell, rating) => {
    const audit = auditRows(['Name', 'Level', 'A1'], [['Ann Lee', 2, cell]]);
    expect(audit.staff[0].member.selfRatings.A1).toBe(rating);
    expect(audit.issues.filter((i) => i.column === 'A1')).toEqual([]);
  });

  test('a number and label that disagree are reported and not assessed', () => {
    const audit = auditRows(['Name', 'Level', 'A1'], [['Ann Lee', 2, '3 - Developing']]);
    expect(audit.staff[0].member.selfRatings.A1).toBeUndefined();
    expect(audit.issues).toContainEqual(expect.objectContaining({ column: 'A1', value: '3 - Developing' }));
  });

  test('"First Aid Expiry" is an expiry date: the status comes from it, never read as a completion date', () => {
    const audit = auditRows(['Name', 'Level', 'First Aid Expiry'], [['Ann Lee', 2, '2027-05-31'], ['Bob Khan', 2, '2026-08-01'], ['Cat Ng', 2, '2026-10-01']]);
    const status = audit.staff.map((s) => s.compliance.courses.find((c) => c.course === 'firstAid')?.status);
    expect(status).toEqual(['Current', 'Expired', 'Due']);
    expect(audit.staff[0].compliance.courses[0]).toMatchObject({ expires: '2027-05-31', completed: null });
    expect(audit.issues.filter((i) => i.column === 'First Aid Expiry')).toEqual([]);
  });
});

describe('failure 11: summary rows are not people', () => {
  test.each(['Total staff', 'Totals', 'Grand total', 'Subtotal', 'Count', 'Sum', 'Average', 'Mean', 'TOTAL: 3'])('"%s" is not audited and is listed', (label) => {
    const audit = auditRows(['Name', 'Level', 'Hours'], [['Ann Lee', 2, 37], ['Bob Khan', 3, 20], [label, null, 57]]);
    expect(audit.staff.map((s) => s.member.name)).toEqual(['Ann Lee', 'Bob Khan']);
    expect(audit.issues).toContainEqual(expect.objectContaining({ row: 4, code: 'summary-row', problem: 'summary row, not audited' })); // SPEC 2.1's words
  });

  test('a totals row labelled in the ID column with the name blank is a summary row, not a missing name', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level'], [['S1', 'Ann Lee', 2], ['Total', null, null]]);
    expect(audit.issues.map((i) => i.code)).toEqual(['summary-row']);
  });

  test('names that only start with the letters are people ("Summer", "Counter", "Meaney")', () => {
    const audit = auditRows(['Name', 'Level'], [['Summer Jones', 2], ['Counter Ng', 2], ['Meaney Li', 2]]);
    expect(audit.staff).toHaveLength(3);
  });
});

describe('planned leavers', () => {
  test('are audited as normal and flagged in the Skills Profile', async () => {
    const { auditToSheets } = await import('../../../src/core/auditToSheets');
    const { NOS_CATALOGUE } = await import('../../../src/core/nos/nosCatalogue');
    const audit = auditRows(['Name', 'Level', 'Leaving date'], [['Ann Lee', 2, '31/07/2027'], ['Bob Khan', 2, null]]);
    const sheet = auditToSheets(audit, { runAt: '2026-09-01 09:00', catalogue: NOS_CATALOGUE }).find((s) => s.name === 'Skills Profile')!;
    const col = sheet.headers.indexOf('Planned leaver');
    expect(sheet.rows.map((r) => r[col])).toEqual(['Leaving 31/07/2027', null]);
  });
});

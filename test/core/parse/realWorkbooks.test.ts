// Reading rules tried on an HR export and a manager's skills matrix not designed around them (issue 11).
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { runAudit } from '../../../src/core/runAudit';
import { HR_EXPORT, SKILLS_MATRIX } from './_fixtures/realWorkbooks';

const AUDIT = '2026-09-01';

describe('an HR export', () => {
  const input = parseWorkbook(HR_EXPORT, { auditDate: AUDIT });
  const audit = runAudit(input, NOS_CATALOGUE);
  const field = (header: string) => input.mapping.columns.find((c) => c.header === header)?.field;

  test('finds the header under the banner and maps the abbreviated headers', () => {
    expect(input.mapping.headerRow).toBe(3);
    // SPEC 9.1: "End Date" alone is a fixed-term contract's end, not a leaving date: not mapped unless the user maps it.
    expect([field('Payroll No.'), field('Forename(s)'), field('Grade'), field('FTE'), field('End Date'), field('Hrs/wk')])
      .toEqual(['staffId', 'firstName', 'level', 'fte', undefined, 'hoursPerWeek']);
    expect([field('Date of Last Appraisal'), field('Safeguarding L2 Completed'), field('Safeguarding Expiry'), field('First Aid at Work Expiry')])
      .toEqual(['lastReview', 'compliance:safeguarding', 'expiry:safeguarding', 'expiry:firstAid']);
    expect([field('Induction Completed (Y/N)'), field('Quals held'), field('Contract Type')]).toEqual(['induction', 'qualifications', 'contract']);
  });

  test('lists the columns it does not use', () => {
    expect(input.mapping.unusedColumns.map((c) => c.header)).toEqual(['Dept', 'End Date', 'Line Mgr', 'Cost Centre']);
    expect(input.mapping.unusedColumns[1].reason).toMatch(/contract's end, not a leaving date/);
  });

  test('reads grades, FTE, contracts, the leaver, in-progress and N/A as meant', () => {
    const by = Object.fromEntries(audit.staff.map((s) => [s.member.name, s]));
    // SPEC 9.1: Tom Williams's End Date is a contract end (contracts are renewed): he is audited, not a leaver.
    expect(Object.keys(by)).toEqual(['Sarah Ahmed', "James O'Connor", 'Priya Patel', 'Tom Williams', 'Hannah Clarke']);
    expect(input.leavers).toEqual([]);
    expect(by['Sarah Ahmed'].skills.level).toBe(4);
    expect(by['Sarah Ahmed'].member.contract).toBe('permanent full-time');
    expect(by["James O'Connor"].member).toMatchObject({ fte: 0.81, hoursPerWeek: 29.97, contract: 'permanent part-time', leavingDate: null });
    expect(by["James O'Connor"].qualifications.highestLevel).toBeNull();
    expect(by['Priya Patel'].member).toMatchObject({ contract: 'fixed-term', leavingDate: null });
    expect(by['Hannah Clarke'].member).toMatchObject({ contract: 'hourly-paid', hoursPerWeek: 10, qualifications: [] });
    const firstAid = (n: string) => by[n].compliance.courses.find((c) => c.course === 'firstAid')?.status;
    expect([firstAid('Sarah Ahmed'), firstAid('Priya Patel')]).toEqual(['Current', 'Expired']);
    const safeguarding = (n: string) => by[n].compliance.courses.find((c) => c.course === 'safeguarding')?.status;
    expect([safeguarding('Sarah Ahmed'), safeguarding("James O'Connor"), safeguarding('Priya Patel'), safeguarding('Hannah Clarke')])
      .toEqual(['Current', 'Expired', 'No date', 'Missing']);
  });

  test('the count row is listed, not audited; with End Date mapped as the leaving date, so is the leaver', () => {
    const info = audit.issues.filter((i) => i.severity === 'Info').map((i) => [i.row, i.code]);
    expect(info).toEqual(expect.arrayContaining([[10, 'summary-row']]));
    const header = HR_EXPORT.sheets[0].rows.find((r) => r.includes('End Date'))!;
    const mapped = parseWorkbook(HR_EXPORT, { auditDate: AUDIT, mappingOverride: { [header.indexOf('End Date') + HR_EXPORT.sheets[0].firstColumn]: 'leavingDate' } });
    expect(mapped.leavers.map((l) => [l.name, l.leavingDate])).toEqual([['Tom Williams', '2026-07-31']]);
    const left = runAudit(mapped, NOS_CATALOGUE).issues.filter((i) => i.severity === 'Info').map((i) => [i.row, i.code]);
    expect(left).toEqual(expect.arrayContaining([[7, 'leaver-not-audited'], [10, 'summary-row']]));
  });
});

describe("a manager's skills matrix", () => {
  const input = parseWorkbook(SKILLS_MATRIX, { auditDate: AUDIT });
  const audit = runAudit(input, NOS_CATALOGUE);

  test('finds the header under merged titles, reads titled rating headers, lists Comments as not used', () => {
    expect(input.mapping.headerRow).toBe(4);
    expect(input.mapping.columns.map((c) => c.field)).toEqual(['name', 'jobTitle', 'level', 'specialisms', 'rating:A1', 'rating:A2', 'rating:A3', 'rating:A4', 'rating:A4:manager']);
    expect(input.mapping.unusedColumns).toEqual([{ column: 'J', header: 'Comments', reason: 'not recognised' }]);
  });

  test('reads ratings as written; a number and label that disagree are reported', () => {
    const r = Object.fromEntries(audit.staff.map((s) => [s.member.name, s.member.selfRatings]));
    expect(r['Sarah Ahmed']).toMatchObject({ A1: 4, A2: 4, A3: 3, A4: 4 });
    expect(r["James O'Connor"]).toMatchObject({ A1: 3, A2: 3, A3: 3, A4: 3 });
    expect(r['Priya Patel']).toMatchObject({ A1: 3, A2: 2, A3: 0, A4: 2 });
    expect(r['Tom Williams']).toMatchObject({ A1: 2, A2: 1 });
    expect(r['Tom Williams'].A3).toBeUndefined();
    expect(r['Hannah Clarke'].A1).toBeUndefined();
    expect(audit.issues).toContainEqual(expect.objectContaining({ row: 9, column: 'A1 - High quality learning support', value: '3 - Developing', severity: 'Error' }));
  });

  test('n/a, None and - are no specialism; the average row and the key are not people', () => {
    const spec = Object.fromEntries(audit.staff.map((s) => [s.member.name, s.skills.specialist]));
    expect(spec).toEqual({ 'Sarah Ahmed': true, "James O'Connor": false, 'Priya Patel': true, 'Tom Williams': false, 'Hannah Clarke': false });
    expect(audit.staff).toHaveLength(5);
    expect(audit.issues.filter((i) => i.severity === 'Info').map((i) => [i.row, i.code])).toContainEqual([11, 'summary-row']);
  });
});

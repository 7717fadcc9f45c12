// Issue 18 (SPEC 9.1, and 9.2 "Courses required by the organisation"): one truth from everything recorded.
// Each describe names the issue's item; every test here failed on main before the fix.
import type { CellValue } from '../../src/core/cells/cellValue';
import type { RawSheet } from '../../src/core/cells/rawWorkbook';
import { smartCheck } from '../../src/core/development/smart/smartCheck';
import { SOURCE_DOCUMENTS } from '../../src/core/sheets/sourceDocuments';
import { auditIssuesSheet } from '../../src/core/sheets/auditIssuesSheet';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { AUDIT_DATE, auditRows, indicator } from './_fixtures/auditRows';

const sheet = (name: string, rows: CellValue[][]): RawSheet => ({ name, firstRow: 1, firstColumn: 1, rows });
const CPD_HEADER = ['Staff ID', 'Date', 'Activity', 'Hours', 'Type'];
const needsOf = (audit: ReturnType<typeof auditRows>, i = 0) => audit.staff[i].needs.map((n) => `${n.need} [${n.priority}]`);

describe('item 2: the CPD log and the staff table together', () => {
  test('joint training in the staff table still counts for O15 when the CPD log has none for that person', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'Joint training'], [['S1', 'Ann Lee', 2, '2026-03-01'], ['S2', 'Bob Khan', 2, null]],
      [sheet('CPD log', [CPD_HEADER, ['S2', '2026-02-01', 'Joint planning with teachers', 3, 'joint training']])]);
    expect(indicator(audit, 'O15')).toMatchObject({ value: 100, basis: '2 of 2 staff' });
  });

  test('a peer network Yes in the table and a network entry in the log both count for O19', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'Peer network'], [['S1', 'Ann Lee', 2, 'Yes'], ['S2', 'Bob Khan', 2, 'No']],
      [sheet('CPD log', [CPD_HEADER, ['S2', '2026-02-01', 'Regional LSA network meeting', 2, 'network']])]);
    expect(indicator(audit, 'O19')).toMatchObject({ value: 100 });
  });

  test('CPD hours are the larger of the table figure and the log sum; Audit Issues says when they differ (Info)', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'CPD hours'], [['S1', 'Ann Lee', 2, 20], ['S2', 'Bob Khan', 2, 4], ['S3', 'Cat Ng', 2, 7]],
      [sheet('CPD log', [CPD_HEADER, ['S1', '2026-02-01', 'Autism course', 6, 'training'], ['S2', '2026-02-01', 'Autism course', 10, 'training']])]);
    expect(audit.staff.map((s) => s.cpdHoursLast12Months)).toEqual([20, 10, 7]);
    const info = audit.issues.filter((i) => i.code === 'cpd-hours-differ');
    expect(info.map((i) => [i.staffId, i.column, i.severity])).toEqual([['S1', 'CPD hours', 'Info'], ['S2', 'CPD hours', 'Info']]);
    expect(info[0].problem).toMatch(/20 .*staff table.*6 .*CPD log/);
  });

  test('a compliance course in the CPD log is a completion: the later date is used and Audit Issues says so (Sophie Martin, Adam Scott)', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'Safeguarding', 'Prevent', 'Equality and diversity'], [
      ['LSA-017', 'Sophie Martin', 2, '2024-06-10', '2024-06-10', '2024-06-10'],
      ['LSA-023', 'Adam Scott', 1, '2025-09-10', null, null],
    ], [sheet('CPD log', [CPD_HEADER,
      ['LSA-017', '2026-01-20', 'Safeguarding and Prevent update', 4, 'Mandatory'],
      ['LSA-023', '2025-12-01', 'Equality and diversity', 3, 'training']])]);
    const status = (i: number, c: string) => audit.staff[i].compliance.courses.find((x) => x.course === c)!;
    expect(status(0, 'safeguarding')).toMatchObject({ status: 'Current', completed: '2026-01-20' });
    expect(status(0, 'prevent')).toMatchObject({ status: 'Current', completed: '2026-01-20' });
    expect(status(1, 'equalityAndDiversity')).toMatchObject({ status: 'Current', completed: '2025-12-01' });
    expect(needsOf(audit, 0).filter((n) => /Safeguarding|Prevent/.test(n))).toEqual([]);
    expect(needsOf(audit, 1).filter((n) => /Equality/.test(n))).toEqual([]);
    const info = audit.issues.filter((i) => i.code === 'log-date-later');
    expect(info.every((i) => i.severity === 'Info')).toBe(true);
    expect(info.map((i) => `${i.staffId} ${i.column}`)).toEqual(expect.arrayContaining(['LSA-017 Safeguarding', 'LSA-017 Prevent', 'LSA-023 Equality and diversity']));
  });

  test('a compliance course named only in the Type cell is a completion too ("by type", SPEC 9.1)', () => {
    // HR exports often keep the course in Type and a generic title in Activity ("Annual refresher", type "Safeguarding").
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'Safeguarding', 'Health and safety'], [['S1', 'Ann Lee', 2, '2024-03-01', '2025-11-01']],
      [sheet('CPD log', [CPD_HEADER, ['S1', '2026-02-10', 'Annual refresher', 2, 'Safeguarding'], ['S1', '2026-03-10', 'Online module', 1, 'Autism']])]);
    const status = (c: string) => audit.staff[0].compliance.courses.find((x) => x.course === c)!;
    expect(status('safeguarding')).toMatchObject({ status: 'Current', completed: '2026-02-10' });
    expect(status('healthAndSafety').completed).toBe('2025-11-01');
    expect(needsOf(audit).filter((n) => /Safeguarding/.test(n))).toEqual([]);
    expect(audit.issues.filter((i) => i.code === 'log-date-later').map((i) => i.column)).toEqual(['Safeguarding']);
  });

  test('a learning-management export\'s CPD log is read: Completion Date, Course Title, Course Category, Duration (hrs)', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'Safeguarding', 'CPD hours'], [['E1001', 'Ann Lee', 2, '2023-05-01', 6]],
      [sheet('CPD log', [['Employee Number', 'Course Title', 'Course Category', 'Completion Date', 'Duration (hrs)'],
        ['E1001', 'Annual refresher 2026', 'Safeguarding', '2026-03-12', 2], ['E1001', 'Autism in FE', 'SEND', '2026-02-02', 10]])]);
    expect(audit.staff[0].compliance.courses.find((c) => c.course === 'safeguarding')).toMatchObject({ status: 'Current', completed: '2026-03-12' });
    expect(audit.staff[0].cpdHoursLast12Months).toBe(12);
    expect(audit.issues.filter((i) => i.code === 'no-date')).toEqual([]);
  });

  test('an optional sheet headed as the staff table is ("Payroll ID", "Person number") is joined to it', () => {
    for (const header of ['Payroll ID', 'Person number']) {
      const audit = auditRows([header, 'Name', 'Level', 'CPD hours'], [['P77', 'Ann Lee', 2, null]],
        [sheet('CPD log', [[header, 'Activity', 'Date', 'Hours'], ['P77', 'Autism course', '2026-02-01', 7]])]);
      expect({ header, hours: audit.staff[0].cpdHoursLast12Months }).toEqual({ header, hours: 7 });
    }
  });

  test('a later staff-table date wins over an older log entry, with no issue', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'Safeguarding'], [['S1', 'Ann Lee', 2, '2026-05-01']],
      [sheet('CPD log', [CPD_HEADER, ['S1', '2025-01-20', 'Safeguarding refresher', 3, 'training']])]);
    expect(audit.staff[0].compliance.courses[0].completed).toBe('2026-05-01');
    expect(audit.issues.filter((i) => i.code === 'log-date-later' || i.code === 'cpd-hours-differ')).toEqual([]);
  });
});

describe('item 3: a starter who has not started is not audited', () => {
  const audit = auditRows(['Staff ID', 'Name', 'Level', 'Start date', 'Last appraisal'],
    [['S1', 'Ann Lee', 2, '2020-01-06', '2026-01-01'], ['LSA-018', 'Jack Robinson', 2, '2026-10-05', null]]);
  test('not profiled, not in a denominator, no needs; listed in Audit Issues (Info) with the start date', () => {
    expect(audit.staff.map((s) => s.member.name)).toEqual(['Ann Lee']);
    expect(indicator(audit, 'O1').basis).toBe('1 of 1 staff');
    const issue = audit.issues.find((i) => i.staffId === 'LSA-018')!;
    expect(issue).toMatchObject({ severity: 'Info', code: 'starter-not-audited', problem: expect.stringContaining('starts 05/10/2026') });
    expect(audit.issues.filter((i) => i.staffId === 'LSA-018')).toHaveLength(1);
  });
  test('the Workforce Profile counts planned starters, outside the headcount', () => {
    expect(audit.workforce.find((r) => r.measure === 'Staff')!.count).toBe(1);
    expect(audit.workforce.find((r) => /Planned starters/.test(r.measure))).toMatchObject({ count: 1 });
  });
});

describe('item 4: "End date" is a fixed-term contract end, not a leaving date', () => {
  test.each(['End date', 'Contract end'])('a column headed "%s" is left unused with that reason; the person is audited', (header) => {
    const raw = { sheets: [sheet('Staff', [['Name', 'Level', 'Contract', header], ['Ann Lee', 2, 'Fixed term', '2026-07-31']])] };
    const input = parseWorkbook(raw, { auditDate: AUDIT_DATE });
    expect(input.staff).toHaveLength(1);
    expect(input.leavers).toHaveLength(0);
    expect(input.mapping.unusedColumns).toEqual([expect.objectContaining({ header, reason: expect.stringMatching(/contract.*not a leaving date/i) })]);
  });
  test('a user who maps it as the leaving date gets a leaver', () => {
    const raw = { sheets: [sheet('Staff', [['Name', 'Level', 'End date'], ['Ann Lee', 2, '2026-07-31']])] };
    const input = parseWorkbook(raw, { auditDate: AUDIT_DATE, mappingOverride: { 3: 'leavingDate' } });
    expect(input.leavers).toHaveLength(1);
  });
});

describe('item 5: O16 counts only the cells the rules need for that person', () => {
  test('not Standard C for a non-specialist, not manager ratings, not a mentor for long-serving staff, not leaving dates', () => {
    const audit = auditRows(['Name', 'Level', 'Specialisms', 'Start date', 'Mentor', 'A1', 'C1', 'A1 manager', 'Leaving date'], [
      ['Ann Lee', 2, 'None', '2015-09-01', null, 3, null, null, null],
      ['Bob Khan', 2, 'Autism', '2026-03-01', null, 3, null, null, null],
    ]);
    // Ann: Level, Specialisms, Start date, A1 = 4 of 4. Bob (specialist, new): those 4, Mentor and C1 = 4 of 6.
    expect(indicator(audit, 'O16').basis).toBe('8 of 10 mapped cells');
  });
  test('not the QCF units column when a Units sheet holds the units', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'QCF units'], [['S1', 'Ann Lee', 2, null]],
      [sheet('Units', [['Staff ID', 'Unit title', 'Credits'], ['S1', 'Preparing to support learning', 6]])]);
    expect(indicator(audit, 'O16').basis).toBe('1 of 1 mapped cells');
  });
});

describe('item 6: O13 sees seniors by title; below 5 staff it has No data', () => {
  test('advanced practitioner, team leader, co-ordinator count as senior', () => {
    const audit = auditRows(['Name', 'Level', 'Job title'], [
      ['A One', 2, 'Advanced Practitioner'], ['B Two', 2, 'Team Leader'], ['C Three', 3, 'Learning Support Co-ordinator'],
      ['D Four', 2, 'LSA'], ['E Five', 2, 'LSA'],
    ]);
    expect(indicator(audit, 'O13')).toMatchObject({ value: 6, basis: '3 senior of 5 staff' });
  });
  test('a team of one is No data, not Red per 10 staff', () => {
    const audit = auditRows(['Name', 'Level', 'Job title'], [['A One', 2, 'LSA']]);
    expect(indicator(audit, 'O13')).toMatchObject({ status: 'No data', note: expect.stringContaining('too few staff for a per-10 ratio') });
  });
});

describe('SPEC 9.1 counts: O8 groups, O10 and O22 denominators', () => {
  test('O8: term-time only is permanent; volunteers are in neither group', () => {
    const audit = auditRows(['Name', 'Level', 'Contract', 'CPD hours'], [
      ['A One', 2, 'Permanent', 20], ['B Two', 2, 'Term-time only', 0], ['C Three', 2, 'Volunteer', 0], ['D Four', 2, 'Fixed term', 20],
    ]);
    expect(indicator(audit, 'O8').basis).toBe('non-permanent 1 of 1 (100%), permanent 1 of 2 (50%)');
  });
  test('O22: a person with priority gaps and no PDP objective is not addressed', () => {
    const gaps = ['A1', 'A2'];
    const audit = auditRows(['Staff ID', 'Name', 'Level', ...gaps], [['S1', 'Ann Lee', 2, 0, 0], ['S2', 'Bob Khan', 2, 0, 0]],
      [sheet('PDP', [['Staff ID', 'Objective', 'NOS link'], ['S1', 'Shadow a senior LSA for four sessions to improve A1 by March 2027', 'A1']])]);
    expect(indicator(audit, 'O22').basis).toBe('1 of 2 staff with priority gaps');
  });
});

describe('item 8: undated evidence is treated alike', () => {
  const audit = auditRows(['Name', 'Level', 'Last review', 'Last observation', 'Joint training'], [
    ['Ann Lee', 2, 'Yes', 'Yes', 'Yes'], ['Bob Khan', 2, '2026-01-10', '2026-01-10', '2026-01-10'],
  ]);
  test.each(['O1', 'O15', 'O18'])('%s does not count a bare Yes, keeps it in the denominator and says how many had no date', (id) => {
    expect(indicator(audit, id)).toMatchObject({ value: 50, basis: '1 of 2 staff (1 with no date)' });
  });
  test('the need is to record the date (Medium), not a High "none in the last 12 months"', () => {
    const needs = needsOf(audit);
    expect(needs).toEqual(expect.arrayContaining(['Record the date of the performance review [Medium]', 'Record the date of the observation of practice [Medium]']));
    expect(needs.filter((n) => /none in the last 12 months/.test(n))).toEqual([]);
  });
});

describe('item 9: rows of optional sheets whose staff ID two people share are credited to neither', () => {
  test('Ryan Hall is not credited with Chloe Walker\'s course; Audit Issues names the sheet (Warning)', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'CPD hours'], [['LSA-014', 'Chloe Walker', 2, null], ['LSA-014', 'Ryan Hall', 1, null]],
      [sheet('CPD log', [CPD_HEADER, ['LSA-014', '2026-05-06', 'Personal care and dignity training', 6, 'training']]),
        sheet('PDP', [['Staff ID', 'Objective'], ['LSA-014', 'Complete the unit Approaches to learning by June 2027']])]);
    expect(audit.staff.map((s) => s.cpdHoursLast12Months)).toEqual([0, 0]);
    expect(audit.staff.map((s) => s.pdp.length)).toEqual([0, 0]);
    const warning = audit.issues.find((i) => i.code === 'shared-staff-id')!;
    expect(warning.severity).toBe('Warning');
    expect(warning.problem).toMatch(/CPD log/);
    expect(warning.problem).toMatch(/PDP/);
  });
});

describe('item 9: the staff table\'s own cells stay with their row when two people share an ID', () => {
  test('Ryan Hall is not credited with the units in Chloe Walker\'s QCF units cell, nor she with his', () => {
    const audit = auditRows(['Staff ID', 'Name', 'Level', 'QCF units'], [
      ['LSA-014', 'Chloe Walker', 2, 'Approaches to learning; Learning support principles'], ['LSA-014', 'Ryan Hall', 1, 'Equality and diversity'],
    ]);
    expect(audit.staff.map((s) => s.qualifications.credits)).toEqual([12, 6]);
  });
});

describe('item 10: an unreadable compliance date is not "missing"', () => {
  test('the need is to record a readable date (Medium)', () => {
    const audit = auditRows(['Name', 'Level', 'Safeguarding'], [['Ann Lee', 2, 'sometime last year']]);
    expect(needsOf(audit).filter((n) => /Safeguarding/.test(n))).toEqual(['Record a readable date of Safeguarding training [Medium]']);
  });
});

describe('item 10: a compliance matrix\'s "Expired" is expired, not unreadable', () => {
  test('"Expired" or "Overdue" in place of a date: Expired, a High need to renew, no data issue', () => {
    const audit = auditRows(['Name', 'Level', 'Prevent', 'Safeguarding'], [['Ann Lee', 2, 'Expired', 'Overdue'], ['Bob Khan', 2, '2026-01-10', 'Yes']]);
    expect(needsOf(audit).filter((n) => /Prevent|Safeguarding/.test(n)).sort()).toEqual([
      'Prevent training (expired, no date recorded) [High]', 'Safeguarding training (expired, no date recorded) [High]',
    ]);
    expect(audit.staff[0].compliance.courses.map((c) => c.status)).toEqual(['Expired', 'Expired']);
    expect(audit.issues.filter((i) => i.name === 'Ann Lee' && i.code === 'unreadable-date')).toEqual([]);
  });
});

describe('item 11: blank means what the column means', () => {
  test.each([[null], ['?'], ['n/a']])('an English cell of %p counts against O6 and raises the personal-skills need "(not recorded)"', (cell) => {
    const audit = auditRows(['Name', 'Level', 'English', 'Maths'], [['Ann Lee', 2, cell, 'Level 2']]);
    expect(indicator(audit, 'O6').value).toBe(0);
    expect(needsOf(audit).filter((n) => /English/.test(n))).toEqual(['English to Level 2 (not recorded) [Medium]']);
  });
  test('a blank CPD hours cell with no log entries is 0 hours: O7 and the CPD need agree', () => {
    const audit = auditRows(['Name', 'Level', 'CPD hours'], [['Ann Lee', 2, null]]);
    expect(audit.staff[0].cpdHoursLast12Months).toBe(0);
    expect(indicator(audit, 'O7').value).toBe(0);
    expect(needsOf(audit).filter((n) => /CPD/.test(n))).toEqual(['CPD to the target of 15 hours (0 in the last 12 months) [Low]']);
  });
  test('"three courses by December 2026" sets three goals: not Achievable', () => {
    expect(smartCheck({ objective: 'Complete three courses by December 2026' }, AUDIT_DATE).verdicts.achievable.met).toBe(false);
  });
});

describe('item 13: text an inspector reads', () => {
  test('the ELS report is credited to Natspec for LSIS (SPEC 4.1 v3)', () => {
    expect(SOURCE_DOCUMENTS['003'].title).toBe("O'Brien and O'Brien, Enhancement of Learning Support: the training and development needs of learning support assistants, findings and recommendations (Natspec for LSIS, 2010)");
  });
  test('needs name documents by title, subjects and Prevent with capitals', () => {
    const audit = auditRows(['Name', 'Level', 'English', 'Maths', 'Qualifications', 'Prevent'], [['Ann Lee', 2, 'Level 1', 'Level 1', null, null]]);
    const text = audit.staff[0].needs.map((n) => `${n.need} | ${n.suggestedActivity}`).join('\n');
    expect(text).not.toMatch(/\b00\d\b/);
    expect(text).toMatch(/GCSE English/);
    expect(text).toMatch(/GCSE maths/);
    expect(text).toMatch(/Complete Prevent training/);
  });
  test('Audit Issues echoes a date typed as text as the user saw it, a real date cell as a date', () => {
    const audit = auditRows(['Name', 'Level', 'Induction', 'Last review'], [['Ann Lee', 2, '2027-01-15', new Date(Date.UTC(2027, 0, 15))]]);
    const rows = auditIssuesSheet(audit).rows.filter((r) => /after the audit date/.test(String(r[4])));
    expect(rows.map((r) => [r[2], r[5]])).toEqual([['Induction', '2027-01-15'], ['Last review', 46402]]);
  });
});

describe('SPEC 9.2: courses required by the organisation', () => {
  const header = ['Name', 'Level', 'Safeguarding', 'First aid'];
  test('first aid is optional by default: never done raises no need; expired is Low', () => {
    const audit = auditRows(header, [['Ann Lee', 2, '2026-01-10', null], ['Bob Khan', 2, '2026-01-10', '2022-01-10']]);
    expect(needsOf(audit, 0).filter((n) => /[Ff]irst aid/.test(n))).toEqual([]);
    expect(needsOf(audit, 1).filter((n) => /[Ff]irst aid/.test(n))).toEqual(['Renew first aid if still a designated first aider [Low]']);
  });
  test('a required course missing is High; Settings can make first aid required', () => {
    const settings = sheet('Settings', [['Setting', 'Value'], ['Required courses', 'Safeguarding; First aid']]);
    const audit = auditRows(header, [['Ann Lee', 2, null, null]], [settings]);
    expect(needsOf(audit).filter((n) => /(Safeguarding|First aid) training/.test(n))).toEqual(['Safeguarding training (missing) [High]', 'First aid training (missing) [High]']);
    expect(audit.settings.requiredCourses).toEqual(['safeguarding', 'firstAid']);
  });
});

// SPEC 9.3: the Reflective log, the Observations sheet and the CPD log's Reflection and Impact columns, read at the
// boundary: found by sheet name, joined by staff ID or name, every unreadable row in Audit Issues; SPEC 9.1: rows whose
// staff ID two people share are credited to neither.
import type { RawSheet } from '../../../src/core/cells/rawWorkbook';
import type { StaffMember } from '../../../src/core/staffMember';
import { staffIndex } from '../../../src/core/parse/_lib/staffIndex';
import { applyObservations } from '../../../src/core/parse/applyObservations';
import { parseCpdLog } from '../../../src/core/parse/parseCpdLog';
import { parseObservations } from '../../../src/core/parse/parseObservations';
import { parseReflectiveLog } from '../../../src/core/parse/parseReflectiveLog';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { optionalSheetKind, isOutputSheetName } from '../../../src/core/parse/sheetNames';
import { REFLECTIVE_TEAM_AUDIT_DATE, reflectiveTeam } from '../_fixtures/reflectiveTeam';

const AUDIT = '2026-09-01';
const sheet = (name: string, rows: RawSheet['rows']): RawSheet => ({ name, firstRow: 1, firstColumn: 1, rows });
const member = (id: string, name: string) => ({ id, name, lastObservation: null }) as unknown as StaffMember;
const team = [member('S1', 'Ann Lee'), member('S2', 'Bob Khan')];
const index = staffIndex(team);

describe('sheet names (SPEC 9.3)', () => {
  test('the new sheets by their synonyms; the Reflection Check is an output sheet, never read', () => {
    expect(optionalSheetKind('Reflective Log')).toBe('reflective');
    expect(optionalSheetKind('Reflective journal')).toBe('reflective');
    expect(optionalSheetKind('Observations')).toBe('observations');
    expect(optionalSheetKind('Lesson observations')).toBe('observations');
    expect(optionalSheetKind('Reflection Check')).toBeNull();
    expect(isOutputSheetName('Reflection Check (2)')).toBe(true);
  });
});

describe('Reflective log', () => {
  test('joins by ID or name, keeps line breaks, reports a blank entry, an unreadable date and an unknown person', () => {
    const read = parseReflectiveLog(sheet('Reflective journal', [
      ['LSA', 'Date of entry', 'Reflection', 'Activity'],
      ['s1', '12/01/2026', ' What went well:\r\n  she read it ', 'Phonics training'],
      ['Bob Khan', 'last week', 'I felt unsure. Next time I will ask.', 'n/a'],
      ['S2', '01/02/2026', '-', null],
      ['S9', '01/02/2026', 'Anything', null],
      ['S1', '01/10/2026', 'Later entry', null],
    ]), index, AUDIT);
    expect(read.entries).toEqual([
      { sheet: 'Reflective journal', row: 2, staffId: 'S1', date: '2026-01-12', entry: 'What went well:\nshe read it', activity: 'Phonics training' },
      { sheet: 'Reflective journal', row: 3, staffId: 'S2', date: null, entry: 'I felt unsure. Next time I will ask.', activity: null },
      { sheet: 'Reflective journal', row: 6, staffId: 'S1', date: '2026-10-01', entry: 'Later entry', activity: null },
    ]);
    expect(read.issues.map((i) => [i.row, i.column, i.problem, i.severity])).toEqual([
      [3, 'Date of entry', 'Unreadable date (use dd/mm/yyyy)', 'Error'],
      [4, 'Reflection', 'Reflective log row has no entry: not checked', 'Warning'],
      [5, 'LSA', 'No member of staff with this ID or name on the staff table', 'Error'],
      [6, 'Date of entry', 'Date is after the audit date (2026-09-01)', 'Warning'],
    ]);
  });

  test('with no Entry column the sheet is not read, and says so', () => {
    const read = parseReflectiveLog(sheet('Reflective log', [['Staff ID', 'Date'], ['S1', '01/01/2026']]), index, AUDIT);
    expect(read.entries).toEqual([]);
    expect(read.issues.map((i) => i.problem)).toEqual(['Reflective log has no Entry column: sheet not read']);
  });
});

describe('Observations sheet', () => {
  test('reads the follow-up: a date, a dateless Yes, No, unreadable, after the audit date; "n/a" is no action', () => {
    const read = parseObservations(sheet('Observations', [
      ['Staff ID', 'Observation date', 'Observed by', 'Grade', 'Agreed action', 'Date done'],
      ['S1', '10/03/2026', 'J. Mills', 'Good', 'Shadow the SALT', '20/04/2026'],
      ['S1', '11/03/2026', null, null, 'Use a word bank', 'Yes'],
      ['S2', '12/03/2026', null, null, 'Model questioning', 'No'],
      ['S2', '13/03/2026', null, null, 'Plan a game', 'whenever'],
      ['S2', '14/03/2026', null, null, 'Read the policy', '02/09/2026'],
      ['S2', '15/03/2026', null, null, 'n/a', '01/04/2026'],
    ]), index, AUDIT);
    expect(read.records.map((r) => [r.row, r.staffId, r.date, r.observer, r.outcome, r.followUp, r.followUpDone])).toEqual([
      [2, 'S1', '2026-03-10', 'J. Mills', 'Good', 'Shadow the SALT', { date: '2026-04-20' }],
      [3, 'S1', '2026-03-11', null, null, 'Use a word bank', { date: null }],
      [4, 'S2', '2026-03-12', null, null, 'Model questioning', null],
      [5, 'S2', '2026-03-13', null, null, 'Plan a game', null],
      [6, 'S2', '2026-03-14', null, null, 'Read the policy', null],
      [7, 'S2', '2026-03-15', null, null, null, { date: '2026-04-01' }],
    ]);
    expect(read.issues.map((i) => [i.row, i.column, i.problem, i.severity])).toEqual([
      [5, 'Date done', 'Unreadable follow-up done date (use dd/mm/yyyy): counted as not done', 'Error'],
      [6, 'Date done', 'Follow-up done date is after the audit date (2026-09-01): counted as not done', 'Warning'],
      [7, 'Date done', 'Follow-up marked done but no follow-up action recorded', 'Warning'],
    ]);
  });

  test('reads a quality system\'s export: Date of Observation, Action Plan, Actions Completed', () => {
    const read = parseObservations(sheet('Observations', [
      ['Employee Number', 'Date of Observation', 'Observer', 'Grade', 'Strengths', 'Action Plan', 'Actions Completed'],
      ['S1', '10/03/2026', 'J. Mills', 'Good', 'Rapport', 'Use a visual timetable with T', '02/05/2026'],
    ]), index, AUDIT);
    expect(read.records.map((r) => [r.staffId, r.date, r.followUp, r.followUpDone])).toEqual([
      ['S1', '2026-03-10', 'Use a visual timetable with T', { date: '2026-05-02' }],
    ]);
  });

  test('an observation with no date, an unreadable one or one after the audit date is kept undated and reported', () => {
    const read = parseObservations(sheet('Observations', [
      ['Staff ID', 'Date', 'Follow-up action'],
      ['S1', null, 'Shadow the SALT'],
      ['S1', 'Spring term', null],
      ['S1', '02/09/2026', null],
    ]), index, AUDIT);
    expect(read.records.map((r) => r.date)).toEqual([null, null, null]);
    expect(read.issues.map((i) => [i.row, i.problem, i.severity])).toEqual([
      [2, 'Observation has no date: not counted', 'Warning'],
      [3, 'Unreadable observation date (use dd/mm/yyyy): not counted', 'Error'],
      [4, 'Observation date is after the audit date (2026-09-01): not counted', 'Warning'],
    ]);
  });

  test('with no Date column the sheet is not read, and says so', () => {
    const read = parseObservations(sheet('Observations', [['Staff ID', 'Observer'], ['S1', 'J. Mills']]), index, AUDIT);
    expect(read.records).toEqual([]);
    expect(read.issues.map((i) => i.problem)).toEqual(['Observations sheet has no Date column: sheet not read']);
  });

  test('the later of the staff table\'s date and the sheet\'s; a dated observation wins over a dateless Yes', () => {
    const staff = [
      { ...member('S1', 'Ann Lee'), lastObservation: { date: '2026-05-01' } },
      { ...member('S2', 'Bob Khan'), lastObservation: { date: null } },
      { ...member('S3', 'Cat Ng'), lastObservation: { date: null } },
    ] as StaffMember[];
    const rec = (staffId: string, date: string | null) => ({ sheet: 'Observations', row: 2, staffId, date, observer: null, outcome: null, followUp: null, followUpDone: null });
    applyObservations(staff, [rec('S1', '2026-03-01'), rec('S2', '2026-02-01'), rec('S2', '2026-04-01'), rec('S3', null)]);
    expect(staff.map((s) => s.lastObservation)).toEqual([{ date: '2026-05-01' }, { date: '2026-04-01' }, { date: null }]);
  });
});

describe('CPD log Reflection and Impact columns', () => {
  test('read with their line breaks, "n/a" as none; reflectionColumns says whether either column is there', () => {
    const read = parseCpdLog(sheet('CPD log', [
      ['Staff ID', 'Date', 'Activity', 'Hours', 'What I learned', 'Impact on practice'],
      ['S1', '10/01/2026', 'Phonics', 3, 'I learned to\nsegment', 'n/a'],
    ]), index, AUDIT);
    expect(read.reflectionColumns).toBe(true);
    expect(read.entries[0]).toMatchObject({ reflection: 'I learned to\nsegment', impact: null });
    const plain = parseCpdLog(sheet('CPD log', [['Staff ID', 'Date', 'Activity', 'Hours'], ['S1', '10/01/2026', 'Phonics', 3]]), index, AUDIT);
    expect(plain.reflectionColumns).toBe(false);
    expect(plain.entries[0]).not.toHaveProperty('reflection');
  });
});

describe('duplicate staff IDs (SPEC 9.1)', () => {
  test('rows of the new sheets whose staff ID two people share are credited to neither, with a Warning', () => {
    const book = reflectiveTeam();
    book.sheets[0].rows.push(['S6', 'Finn Reed (agency)', 'LSA', 2, null, null]);
    const input = parseWorkbook(book, { auditDate: REFLECTIVE_TEAM_AUDIT_DATE });
    expect(input.observations!.filter((o) => o.staffId === 'S6')).toEqual([]);
    const warnings = input.issues.filter((i) => /credited to neither/.test(i.problem));
    // One Warning per shared ID, as for the other optional sheets (SPEC 9.1), naming the sheets whose rows went to no one.
    expect(warnings.map((i) => [i.severity, i.problem])).toEqual([
      ['Warning', 'Staff ID S6 is shared by two people: 1 row of CPD log, 2 rows of Observations could not be given to a person (credited to neither)']]);
    // The staff table's own date still counts for the first Finn; the sheet's are given to no one.
    expect(input.staff.filter((s) => s.id === 'S6').map((s) => s.lastObservation)).toEqual([{ date: '2026-02-20' }, null]);
  });

  test('a Reflective log row that names its person, with no ID, is credited to that person even when their ID is shared', () => {
    // SPEC 9.1 withholds rows whose ID two people share; a row joined by a name only one person has is not ambiguous.
    const book = reflectiveTeam();
    book.sheets[0].rows.push(['S5', 'Eve Long (bank)', 'LSA', 2, null, null]);
    const input = parseWorkbook(book, { auditDate: REFLECTIVE_TEAM_AUDIT_DATE });
    expect(input.reflectiveLog!.map((e) => e.entry)).toContain('Did the Makaton course. Learned some signs.');
  });
});

import type { RawWorkbook } from '../../../src/core/cells/rawWorkbook';
import { hasStaffTable } from '../../../src/core/parse/hasStaffTable';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';

const AUDIT = '2025-03-31';

/** A staff sheet with two title rows, a blank row inside, synonyms, First name + Surname, a duplicate ID, an error value and a merge. */
function workbook(): RawWorkbook {
  return {
    sheets: [
      { name: 'Notes', firstRow: 1, firstColumn: 1, rows: [['Read me'], ['Nothing here']] },
      {
        name: 'Team',
        firstRow: 1,
        firstColumn: 1,
        merges: ['A1:F1', 'K4:K6', 'H20:I20'],
        rows: [
          ['Learning support team 2024/25', null, null, null, null, null],
          [null],
          ['Employee number', 'Forename', 'Surname', 'Band', 'Contract type', 'Weekly hours', 'Last appraisal', 'Safeguarding', 'A1', 'A1 (mgr)', 'Specialism(s)'],
          ['S1', 'Ann', 'Lee', 'Level 3', 'Permanent', 22.5, '03/04/2024', 'Yes', 3, 4, 'ASD; BSL'],
          [null, null, null, null, null, null],
          ['S2', 'Bob', 'Khan', null, 'zero hours', 10, 45500, { error: '#N/A' }, 'good', null, 'music'],
          ['S1', 'Cat', 'Ng', 'L2', 'fixed term', null, '2026-01-01', '2024-09-01', 5, 2, null],
          ['S4', null, null, 2, null, null, null, null, null, null, null],
        ],
      },
      {
        name: 'CPD log',
        firstRow: 1,
        firstColumn: 1,
        rows: [
          ['Staff ID', 'Date', 'Activity', 'Hours', 'Type'],
          ['S1', '10/01/2025', 'Autism awareness', 3, 'Training'],
          ['S1', '2024-03-30', 'Old course', 5, null],
          ['S2', '2025-02-01', 'Joint training with teachers', 2, null],
          ['S9', '2025-02-01', 'Network meeting', 1, null],
        ],
      },
      {
        name: 'PDP',
        firstRow: 1,
        firstColumn: 1,
        rows: [
          ['Name', 'Objective', 'Review date', 'NOS link'],
          ['Bob Khan', 'Complete the Approaches to learning unit', '30/06/2025', 'A1, B3'],
          ['Nobody', 'Something', null, null],
        ],
      },
      { name: 'Settings', firstRow: 1, firstColumn: 1, rows: [['Organisation', 'Northtown College'], ['Full-time hours', 36], ['Audit date', '2025-01-31']] },
    ],
  };
}

describe('parseWorkbook', () => {
  const input = parseWorkbook(workbook(), { auditDate: AUDIT, auditDateExplicit: true });
  const problems = input.issues.map((i) => `${i.row}|${i.column}|${i.code}`);

  test('finds the header row below the title rows on the sheet that matches', () => {
    expect(hasStaffTable(input)).toBe(true);
    expect(input.mapping.sheet).toBe('Team');
    expect(input.mapping.headerRow).toBe(3);
    const fields = Object.fromEntries(input.mapping.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({ 'Employee number': 'staffId', Forename: 'firstName', Band: 'level', 'A1 (mgr)': 'rating:A1:manager', 'Specialism(s)': 'specialisms' });
  });

  test('profiles every named row, both rows of a duplicate ID, and reports the row with no name', () => {
    expect(input.staff.map((s) => `${s.row}:${s.id}:${s.name}`)).toEqual(['4:S1:Ann Lee', '6:S2:Bob Khan', '7:S1:Cat Ng']);
    expect(problems).toContain('7|Employee number|duplicate-staff-id');
    expect(problems).toContain('8|Forename|missing-name');
  });

  test('reads values through the field parsers', () => {
    const [ann, bob, cat] = input.staff;
    expect(ann.level).toBe(3);
    expect(ann.contract).toBe('permanent part-time'); // 22.5 < 36 full-time hours from the Settings sheet
    expect(ann.lastReview).toEqual({ date: '2024-04-03' });
    expect(ann.compliance.safeguarding).toEqual({ date: null });
    expect(ann.selfRatings).toEqual({ A1: 3 });
    expect(ann.managerRatings).toEqual({ A1: 4 });
    expect(ann.specialisms).toEqual(['Autism', 'Deaf and hearing impairment']);
    expect(bob.level).toBeNull();
    expect(bob.contract).toBe('hourly-paid');
    expect(bob.lastReview).toEqual({ date: '2024-07-27' }); // serial 45500
    expect(bob.specialisms).toEqual(['music']);
    expect(cat.contract).toBe('fixed-term');
  });

  test('reports error values, unreadable ratings, future dates, missing levels and merges', () => {
    expect(problems).toContain('6|Safeguarding|excel-error');
    expect(problems).toContain('6|A1|unreadable-rating');
    expect(problems).toContain('7|A1|unreadable-rating');
    expect(problems).toContain('7|Last appraisal|future-date');
    expect(problems).toContain('6|Band|level-assumed');
    // the merged title above the header and a merge below the table are not the table's
    const merges = input.issues.filter((i) => i.code === 'merged-cells');
    expect(merges.map((i) => `${i.row}|${i.column}|${i.value}`)).toEqual(['4|Specialism(s)|K4:K6']);
  });

  test('an explicit audit date wins over the Settings sheet; other settings apply', () => {
    expect(input.settings).toMatchObject({ auditDate: AUDIT, organisation: 'Northtown College', fullTimeHours: 36 });
    const fromSheet = parseWorkbook(workbook(), { auditDate: AUDIT });
    expect(fromSheet.settings.auditDate).toBe('2025-01-31');
  });

  test('CPD hours, joint training and network come from the CPD log', () => {
    const [ann, bob, cat] = input.staff;
    // SPEC 9.1: Ann and Cat share the ID S1, so the log's S1 rows are credited to neither (version 2 gave both Ann's 3 hours).
    expect(ann.cpdHours).toBe(0);
    expect(bob.jointTraining).toEqual({ date: '2025-02-01' });
    expect(cat.cpdHours).toBe(0);
    const shared = input.issues.filter((i) => i.code === 'shared-staff-id');
    expect(shared.map((i) => i.staffId)).toEqual(['S1']);
    expect(shared[0].problem).toMatch(/\d+ rows? of CPD log could not be given to a person/); // which sheet's rows: the words are the content
    expect(problems).toContain('5|Staff ID|unknown-staff');
    expect(input.mappedFields).toEqual(expect.arrayContaining(['cpdHours', 'jointTraining', 'peerNetwork', 'name', 'level']));
  });

  test('PDP rows join by name when the sheet has no ID column', () => {
    expect(input.pdp).toEqual([
      expect.objectContaining({ staffId: 'S2', row: 2, objective: 'Complete the Approaches to learning unit', reviewDate: '2025-06-30', nosLinks: ['A1', 'B3'] }),
    ]);
    expect(input.issues).toContainEqual(expect.objectContaining({ sheet: 'PDP', row: 3, value: 'Nobody' }));
  });

  test('counts mapped and filled audit cells per row, leaving out identity columns', () => {
    // SPEC 9.1: manager ratings are optional, so A1 (mgr) is not an audit cell for O16 (version 2 counted 8).
    expect(input.staff[0]).toMatchObject({ mappedCells: 7, filledCells: 7 });
    expect(input.staff[1]).toMatchObject({ mappedCells: 7, filledCells: 5 }); // blank Band, #N/A: not filled; 'good' is filled though unreadable
  });

  test('a workbook with no staff table gives no staff and a detectable problem', () => {
    const none = parseWorkbook({ sheets: [{ name: 'Sheet1', firstRow: 1, firstColumn: 1, rows: [['Hello', 'World']] }] }, { auditDate: AUDIT });
    expect(hasStaffTable(none)).toBe(false);
    expect(none.staff).toEqual([]);
    expect(none.issues[0].code).toBe('no-staff-table');
  });

  test('the user can name the sheet, the header row and correct the mapping', () => {
    const raw: RawWorkbook = {
      sheets: [{ name: 'Data', firstRow: 5, firstColumn: 2, rows: [['Who', 'Grade', 'X'], ['Ann', 'L3', '2']] }],
    };
    const input2 = parseWorkbook(raw, { auditDate: AUDIT, sheet: 'data', headerRow: 5, mappingOverride: { 2: 'name', 3: 'level', 4: 'rating:B2' } });
    expect(input2.staff[0]).toMatchObject({ name: 'Ann', level: 3, selfRatings: { B2: 2 }, row: 6 });
    expect(input2.mapping.columns.map((c) => c.column)).toEqual([2, 3, 4]);
  });
});

describe('parseWorkbook options (from code, so a bad one is a bug and throws)', () => {
  const raw: RawWorkbook = { sheets: [{ name: 'Team', firstRow: 1, firstColumn: 1, rows: [['Staff ID', 'Name'], ['S1', 'Ann Lee']] }] };
  it.each([
    [{ auditDate: '01/09/2026' }, /auditDate must be an ISO date/],
    [{ auditDate: '2026-02-30' }, /auditDate must be an ISO date/],
    [{ auditDate: '2026-09-01', headerRow: 0 }, /headerRow must be a positive whole number/],
    [{ auditDate: '2026-09-01', headerRow: 2.5 }, /headerRow must be a positive whole number/],
    [{ auditDate: '2026-09-01', mappingOverride: { 3: 7 } as unknown as Record<number, string> }, /mappingOverride/],
  ])('%j throws', (options, message) => {
    expect(() => parseWorkbook(raw, options)).toThrow(message);
  });
  it('good options parse', () => {
    expect(parseWorkbook(raw, { auditDate: '2026-09-01', auditDateExplicit: true, sheet: 'Team', headerRow: 1, mappingOverride: { 2: 'name' } }).staff).toHaveLength(1);
  });
});

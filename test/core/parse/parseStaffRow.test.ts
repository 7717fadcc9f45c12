import { readMappedField } from '../../../src/core/parse/mappedField';
import { parseStaffRow } from '../../../src/core/parse/parseStaffRow';
import { staffRowContext, type StaffColumn } from '../../../src/core/parse/staffRowContext';

const cols = (...fields: [string, string][]): StaffColumn[] =>
  fields.map(([header, field], index) => ({ index, header, field: readMappedField(field)! }));
const ctx = (columns: StaffColumn[]) => staffRowContext('Staff', columns, '2025-03-31', 37);

describe('parseStaffRow', () => {
  const columns = cols(['ID', 'staffId'], ['Name', 'name'], ['Level', 'level'], ['Induction', 'induction'], ['Mentor', 'mentor'], ['English', 'english'], ['B1', 'rating:B1'], ['Quals', 'qualifications']);

  test('reads a full row', () => {
    const { staff, issues } = parseStaffRow(['S7', '  Ann   Lee ', 'L2', 'Yes', 'Jo Bloggs', 'GCSE 4', 'Competent', 'PTLLS; NVQ 3'], 12, ctx(columns));
    expect(issues).toEqual([]);
    expect(staff).toMatchObject({
      id: 'S7', idFromRow: false, name: 'Ann Lee', row: 12, level: 2, induction: { date: null },
      mentor: { has: true, name: 'Jo Bloggs' }, english: 'Level 2', selfRatings: { B1: 3 }, qualifications: ['PTLLS', 'NVQ 3'],
      mappedCells: 6, filledCells: 6,
    });
  });

  test('a blank row is skipped silently', () => {
    expect(parseStaffRow([null, '  ', null], 3, ctx(columns))).toEqual({ staff: null, issues: [] });
  });

  test('a row with data but no name is reported, not profiled', () => {
    const { staff, issues } = parseStaffRow(['S8', null, 2], 4, ctx(columns));
    expect(staff).toBeNull();
    expect(issues).toEqual([{ sheet: 'Staff', row: 4, column: 'Name', staffId: 'S8', name: null, problem: 'Missing name: row not profiled', code: 'missing-name', value: null, severity: 'Error' }]);
  });

  test('without an ID the row number stands in', () => {
    const { staff } = parseStaffRow([null, 'Bo'], 9, ctx(columns));
    expect(staff).toMatchObject({ id: 'Row 9', idFromRow: true, level: null });
  });

  test('name from First name + Surname', () => {
    const { staff } = parseStaffRow(['Ann', 'Lee'], 2, ctx(cols(['First name', 'firstName'], ['Surname', 'surname'])));
    expect(staff?.name).toBe('Ann Lee');
  });

  test('problems are issues with the header and a short value; the row is still profiled', () => {
    const long = 'x'.repeat(5000);
    const { staff, issues } = parseStaffRow(['S9', 'Cy', { error: '#REF!' }, 'soon', long, 'good', 2.5], 5, ctx(columns));
    expect(staff).toMatchObject({ level: null, induction: null, mentor: { has: true, name: long }, english: null, selfRatings: {} });
    expect(issues.map((i) => [i.column, i.code, i.value?.length])).toEqual([
      ['Level', 'excel-error', 5],
      ['Induction', 'unreadable-date', 4],
      ['English', 'unreadable-skill-level', 4],
      ['B1', 'unreadable-rating', 3],
    ]);
  });

  test('a blank level is reported once; a future date is reported and kept', () => {
    const { staff, issues } = parseStaffRow(['S1', 'Di', null, '01/06/2025'], 6, ctx(columns));
    expect(staff?.induction).toEqual({ date: '2025-06-01' });
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['future-date', 'Warning'], ['level-assumed', 'Info']]);
  });

  test('formula-like text is kept as text', () => {
    const { staff } = parseStaffRow(['=1+1', '=HYPERLINK("x")'], 2, ctx(columns));
    expect(staff).toMatchObject({ id: '=1+1', name: '=HYPERLINK("x")' });
  });

  test('contract by text and hours; specialisms canonical and de-duplicated', () => {
    const c = cols(['Name', 'name'], ['Contract', 'contract'], ['Hours', 'hoursPerWeek'], ['Specialisms', 'specialisms'], ['Aspiration', 'aspiration']);
    const { staff } = parseStaffRow(['Ed', 'Permanent', '18.5 hrs', 'ASD, autism\nMusic', 'Become a teacher'], 2, ctx(c));
    expect(staff).toMatchObject({ contract: 'permanent part-time', contractText: 'Permanent', hoursPerWeek: 18.5, specialisms: ['Autism', 'Music'], aspiration: 'teaching', aspirationText: 'Become a teacher' });
  });
});

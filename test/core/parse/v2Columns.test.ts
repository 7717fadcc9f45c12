import type { RawWorkbook } from '../../../src/core/cells/rawWorkbook';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';

const AUDIT = '2026-09-01';

function book(header: (string | null)[], ...rows: (string | number | null)[][]): RawWorkbook {
  return { sheets: [{ name: 'Staff', firstRow: 1, firstColumn: 1, rows: [header, ...rows] }] };
}

describe('SPEC 2.1 (v2) columns: observation, release time, leaving date, FTE, compliance expiry', () => {
  const header = ['Staff ID', 'Name', 'FTE', 'Last observed', 'Release time', 'Leaving date', 'Safeguarding', 'First Aid Expiry', 'Car reg'];
  const input = parseWorkbook(
    book(
      header,
      ['S1', 'Ann Lee', 0.5, '01/03/2026', 'Yes', null, '2025-01-10', '2027-05-31', 'AB12 CDE'],
      ['S2', 'Bob Khan', '80%', 'Yes', 'No', '31/12/2026', null, '2026-01-31', null],
      ['S3', 'Cat Ng', 1, null, null, '31/07/2026', null, null, null],
    ),
    { auditDate: AUDIT },
  );

  test('each header is mapped to its field', () => {
    const fields = Object.fromEntries(input.mapping.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({
      FTE: 'fte', 'Last observed': 'lastObservation', 'Release time': 'releaseTime', 'Leaving date': 'leavingDate',
      Safeguarding: 'compliance:safeguarding', 'First Aid Expiry': 'expiry:firstAid',
    });
  });

  test('FTE gives hours where there is no hours column; a percentage is a fraction', () => {
    expect(input.staff[0]).toMatchObject({ fte: 0.5, hoursPerWeek: 18.5 });
    expect(input.staff[1]).toMatchObject({ fte: 0.8, hoursPerWeek: 29.6 });
  });

  test('observation and release time are read', () => {
    expect(input.staff[0]).toMatchObject({ lastObservation: { date: '2026-03-01' }, releaseTime: true });
    expect(input.staff[1]).toMatchObject({ lastObservation: { date: null }, releaseTime: false });
  });

  test('an expiry column is an expiry date, never a completion date, and a future expiry is not reported', () => {
    expect(input.staff[0].complianceExpiry).toEqual({ firstAid: '2027-05-31' });
    expect(input.staff[0].compliance).toEqual({ safeguarding: { date: '2025-01-10' } });
    expect(input.issues.filter((i) => i.column === 'First Aid Expiry')).toEqual([]);
  });

  test('a leaver (left on or before the audit date) is listed, not audited; a planned leaver is audited', () => {
    expect(input.staff.map((s) => s.id)).toEqual(['S1', 'S2']);
    expect(input.staff[1].leavingDate).toBe('2026-12-31');
    expect(input.leavers).toEqual([
      { sheet: 'Staff', row: 4, id: 'S3', name: 'Cat Ng', leavingDate: '2026-07-31', contract: null, contractText: null, hoursPerWeek: 37 },
    ]);
    expect(input.issues).toContainEqual(expect.objectContaining({ row: 4, staffId: 'S3', name: 'Cat Ng', problem: 'left on 31/07/2026, not audited', code: 'leaver-not-audited', severity: 'Info' })); // SPEC 2.1's words
    expect(input.issues.filter((i) => i.column === 'Leaving date' && i.severity !== 'Info')).toEqual([]);
  });

  test('every column of the header row is mapped or listed as not used', () => {
    expect(input.mapping.unusedColumns).toEqual([{ column: 'I', header: 'Car reg', reason: 'not recognised' }]);
    expect(input.mapping.columns.length + input.mapping.unusedColumns.length).toBe(header.length);
  });
});

describe('columns not used', () => {
  test('a second column of a field already mapped is listed with the column it gave way to', () => {
    const input = parseWorkbook(book(['Name', 'Full name', 'Level'], ['Ann Lee', 'Ann Lee', 3]), { auditDate: AUDIT });
    expect(input.mapping.unusedColumns).toEqual([{ column: 'B', header: 'Full name', reason: 'same field as column A (Name), which is used' }]);
  });

  test('a column the user sets aside is listed; a blank column with no data is not a column', () => {
    const input = parseWorkbook(book(['Name', 'Level', null, 'Notes'], ['Ann Lee', 3, null, 'x']), { auditDate: AUDIT, mappingOverride: { 2: '' } });
    expect(input.mapping.unusedColumns).toEqual([
      { column: 'B', header: 'Level', reason: 'set aside by the column mapping' },
      { column: 'D', header: 'Notes', reason: 'not recognised' },
    ]);
  });
});

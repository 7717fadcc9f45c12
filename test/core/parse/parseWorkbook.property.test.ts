import fc from 'fast-check';
import type { CellValue } from '../../../src/core/cells/cellValue';
import type { RawWorkbook } from '../../../src/core/cells/rawWorkbook';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';

const HEADERS = ['Staff ID', 'Name', 'LSA level', 'Contract', 'Hours', 'Start date', 'Induction', 'English', 'Specialisms', 'Mentor', 'Safeguarding', 'A1', 'A1 manager', 'Peer network'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('=SUM(A1:A9)', '+44 7700', '-', '@user', 'Yes', 'No', 'Level 3', 'n/a', '03/04/2025', '2024-13-45', 'Competent', '#N/A'),
  fc.string({ minLength: 300, maxLength: 2000 }),
  fc.double(),
  fc.integer({ min: -100000, max: 3000000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '#DIV/0!' }),
);
const row = fc.array(cell, { minLength: 0, maxLength: HEADERS.length + 2 });

describe('parseWorkbook on random rows', () => {
  test('never throws, and every row with a name is profiled or reported', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.array(fc.string(), { maxLength: 4 }), (rows, merges) => {
        const raw: RawWorkbook = { sheets: [{ name: 'Staff', firstRow: 3, firstColumn: 1, rows: [['Team'], HEADERS, ...rows], merges }] };
        const input = parseWorkbook(raw, { auditDate: '2025-03-31' });
        const profiled = new Set(input.staff.map((s) => s.row));
        const reported = new Set(input.issues.map((i) => i.row));
        rows.forEach((cells, i) => {
          const excelRow = 5 + i;
          const filled = cells.some((c) => c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === ''));
          if (filled) expect(profiled.has(excelRow) || reported.has(excelRow)).toBe(true);
          const name = cells[1];
          // SPEC 2.1 (v2): a named row is profiled, or listed as not a person (a summary or note row, a name that means nothing);
          // SPEC 9.1: or as a starter who has not started yet.
          if (typeof name === 'string' && name.trim() !== '' && !profiled.has(excelRow)) {
            const why = input.issues.filter((x) => x.row === excelRow).map((x) => x.code);
            expect(why.some((c) => ['summary-row', 'note-row', 'missing-name', 'starter-not-audited'].includes(c))).toBe(true);
          }
        });
        for (const issue of input.issues) expect((issue.value ?? '').length).toBeLessThanOrEqual(201);
      }),
      { numRuns: 300 },
    );
  });
});

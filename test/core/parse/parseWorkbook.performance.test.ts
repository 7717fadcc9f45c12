import type { CellValue } from '../../../src/core/cellValue';
import type { RawWorkbook } from '../../../src/core/rawWorkbook';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';

const CODES = [...Array.from({ length: 17 }, (_, i) => `A${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `C${i + 1}`)];

describe('parseWorkbook performance', () => {
  test('100,000 staff rows with 31 ratings parse in well under a few seconds', () => {
    const header: CellValue[] = ['Staff ID', 'Name', 'LSA level', 'Contract', 'Hours', 'Start date', 'Last review', 'English', 'Maths', 'Specialisms', 'Safeguarding', ...CODES];
    const rows: CellValue[][] = [header];
    for (let i = 0; i < 100000; i++) {
      rows.push([`S${i}`, `Person ${i}`, (i % 4) + 1, i % 3 ? 'Permanent' : 'Sessional', 20 + (i % 18), 40000 + (i % 5000), '03/04/2024', 'GCSE C', 'Level 1', 'ASD; BSL', i % 7 ? 45000 : 'Yes', ...CODES.map((_, c) => (i + c) % 5)]);
    }
    const raw: RawWorkbook = { sheets: [{ name: 'Staff', firstRow: 1, firstColumn: 1, rows }] };
    const started = performance.now();
    const input = parseWorkbook(raw, { auditDate: '2025-03-31' });
    const ms = performance.now() - started;
    expect(input.staff).toHaveLength(100000);
    expect(ms).toBeLessThan(3000);
  });
});

import fc from 'fast-check';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { arbitraryWorkbook } from '../_lib/arbitraryWorkbook';
test('stats', () => {
  const samples = fc.sample(arbitraryWorkbook, 200);
  let staff = 0, rows = 0, tables = 0, huge = 0, opt = 0;
  for (const g of samples) {
    const input = parseWorkbook(g.raw, { auditDate: '2025-03-31' });
    staff += input.staff.length; rows += g.dataRows.length; opt += g.raw.sheets.length - 1;
    if (g.raw.sheets[0].tables?.length) tables++;
    if (g.dataRows.some((r) => r.some((c) => typeof c === 'string' && c.length > 1000))) huge++;
  }
  console.log({ staff, rows, tables, huge, opt });
});

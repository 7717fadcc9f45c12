import { EXCEL_MAX_ROWS, fitToExcelRows } from '../../../src/core/sheets/fitToExcelRows';
import { type CellStyle, type OutputSheet } from '../../../src/core/sheets/outputSheet';
import { StyleGrid } from '../../../src/core/sheets/_lib/styleGrid';
import { styledCells } from '../../_lib/styledCells';

const HIGH: CellStyle = { fill: 'FFC7CE' };
const LOW: CellStyle = { fill: 'FFEB9C' };

function sheetOf(rowCount: number, preamble: string[][] = []): OutputSheet {
  const styles = new StyleGrid();
  const rows = Array.from({ length: rowCount }, (_, i) => {
    styles.set(i, 1, i % 2 === 0 ? HIGH : LOW);
    return [`S${i}`, i % 2 === 0 ? 'High' : 'Medium'];
  });
  return { name: 'Training Needs', preamble, headers: ['Staff ID', 'Priority'], rows, styles, columnWidths: [10, 9] };
}

const cells = styledCells;

describe('fitToExcelRows', () => {
  it('leaves a sheet that fits as it is', () => {
    const sheet = sheetOf(9);
    expect(fitToExcelRows(sheet, 10)).toEqual([sheet]);
    expect(fitToExcelRows(sheet)[0]).toBe(sheet);
  });

  it('continues rows past the limit on parts under the same headers, with each row keeping its colour', () => {
    const sheet = sheetOf(25);
    const parts = fitToExcelRows(sheet, 10); // 9 rows fit under the header row of each part
    expect(parts.map((p) => p.name)).toEqual(['Training Needs', 'Training Needs (part 2)', 'Training Needs (part 3)']);
    expect(parts.map((p) => p.rows.length)).toEqual([9, 9, 7]);
    expect(parts.flatMap((p) => p.rows)).toEqual(sheet.rows);
    for (const p of parts) {
      expect(p.headers).toEqual(sheet.headers);
      expect(p.columnWidths).toEqual(sheet.columnWidths);
      // Each styled cell sits on its own row of the part: High rows red, Medium rows amber.
      expect(cells(p)).toEqual(p.rows.map((row, i) => [i, 1, row[1] === 'High' ? HIGH : LOW]));
    }
  });

  it('counts the preamble, its blank row and the header against the first part only', () => {
    const parts = fitToExcelRows(sheetOf(12, [['Title'], ['Run at']]), 10); // 10 - (2 + 1 blank + 1 header) = 6 rows
    expect(parts.map((p) => p.rows.length)).toEqual([6, 6]);
    expect(parts[0].preamble).toEqual([['Title'], ['Run at']]);
    expect(parts[1].preamble).toEqual([]);
  });

  it("uses Excel's 1,048,576 rows by default", () => {
    expect(EXCEL_MAX_ROWS).toBe(1_048_576);
    const rows = Array.from({ length: EXCEL_MAX_ROWS }, () => ['x']);
    const parts = fitToExcelRows({ name: 'Training Needs', preamble: [], headers: ['A'], rows });
    expect(parts.map((p) => p.rows.length)).toEqual([EXCEL_MAX_ROWS - 1, 1]);
    expect(parts[1].styles).toBeUndefined();
  });
});

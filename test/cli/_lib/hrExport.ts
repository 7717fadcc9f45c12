import ExcelJS from 'exceljs';
import { ownershipRows } from '../../../src/core/sheets/ownershipRecord';
import { META_SHEET } from '../../../src/core/sheets/planOutputSheets';

/** An HR export as the issue found them: "Tier" for the LSA level (not a synonym), a Notes column, a few ratings. */
export const HR_HEADERS = ['Staff ID', 'Name', 'Tier', 'Weekly hours', 'Notes', 'A1', 'A2', 'B1'];
export const HR_ROWS: (string | number)[][] = [
  ['S1', 'Ann Lee', 3, 37, 'new in post', 3, 2, 3],
  ['S2', 'Bob Khan', 1, 20, '', 2, 2, 1],
  ['S3', 'Cat Ng', 2, 30, 'mentor', 3, 3, 2],
];

/**
 * The HR export as .xlsx bytes; with `saved`, the meta sheet holds the pane's saved settings, written as the pane's
 * metaPiece writes it (ownershipRows in columns A-C of the very hidden "LSA Audit Meta" sheet).
 */
export async function hrExport(saved?: Record<string, string>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Staff');
  ws.addRow(HR_HEADERS);
  ws.addRows(HR_ROWS);
  if (saved) {
    const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
    meta.addRows(ownershipRows({ owned: [], saved }).map((r) => r.map((v) => v ?? '')));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

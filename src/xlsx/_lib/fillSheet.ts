import type ExcelJS from 'exceljs';
import type { OutputSheet, OutputValue } from '../../core/sheets/outputSheet';
import { cellOut } from './cellOut';
import { sheetRows } from '../../core/sheets/sheetRows';
import { applyStyles, columnWidths, finishLayout, styleCell } from './sheetLayout';

/**
 * Writes one row of values from column 1; every string goes in as a literal string value, never a formula.
 * @example putRow(ws, 2, ['S1', 'Ann Lee', 3])
 */
export function putRow(ws: ExcelJS.Worksheet, rowNumber: number, values: readonly OutputValue[], columnOf: (i: number) => number = (i) => i + 1): void {
  const row = ws.getRow(rowNumber);
  values.forEach((v, i) => {
    const out = cellOut(v);
    if (out !== null) row.getCell(columnOf(i)).value = out;
  });
}

/**
 * The Excel row of the header: row 1, or after the preamble and one blank row.
 * @example headerRowOf({ ...sheet, preamble: [['Organisation', 'Riverside']] }) // 3
 */
export function headerRowOf(sheet: OutputSheet): number {
  return sheet.preamble.length === 0 ? 1 : sheet.preamble.length + 2;
}

/**
 * Writes an output sheet into an empty worksheet: preamble, bold header, rows, styles, widths, frozen header, filter, print setup.
 * @example fillSheet(workbook.addWorksheet('Skills Matrix'), matrixSheet) // 26 (rows written)
 */
export function fillSheet(ws: ExcelJS.Worksheet, sheet: OutputSheet): number {
  sheet.preamble.forEach((line, i) => putRow(ws, i + 1, line));
  for (const [key, style] of sheet.preambleStyles ?? []) {
    const [r, c] = key.split(':').map(Number);
    styleCell(ws.getCell(r + 1, c + 1), style);
  }
  if (sheet.preamble.length > 0) ws.getCell(1, 1).font = { bold: true, size: 14 };
  const headerRow = headerRowOf(sheet);
  const { firstDataRow, notesRow } = sheetRows(sheet);
  if (!sheet.form) {
    putRow(ws, headerRow, sheet.headers);
    ws.getRow(headerRow).font = { bold: true };
    ws.getRow(headerRow).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.rows.forEach((values, i) => putRow(ws, firstDataRow + 1 + i, values));
  for (const c of sheet.wrapColumns ?? []) {
    for (let r = 0; r < sheet.rows.length; r++) ws.getCell(firstDataRow + 1 + r, c + 1).alignment = { wrapText: true, vertical: 'top' };
  }
  applyStyles(ws, sheet, firstDataRow + 1);
  (sheet.notes ?? []).forEach((values, i) => putRow(ws, notesRow + 1 + i, values));
  columnWidths(sheet).forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  finishLayout(ws, sheet, headerRow, headerRow + sheet.rows.length);
  return sheet.rows.length;
}

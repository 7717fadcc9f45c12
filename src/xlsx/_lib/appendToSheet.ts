import type ExcelJS from 'exceljs';
import type { OutputSheet } from '../../core/sheets/outputSheet';
import { toCellValue } from './toCellValue';
import { fillSheet, putRow } from './fillSheet';
import { applyStyles } from './sheetLayout';

const HEADER_SEARCH_ROWS = 20;

function headerText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = toCellValue(ws.getRow(row).getCell(col).value);
  return typeof v === 'string' ? v.trim().toLowerCase() : '';
}

/**
 * Appends an output sheet's rows under an existing copy (Audit History): columns are matched by header, new headers added at the end.
 * @example appendToSheet(workbook.getWorksheet('Audit History')!, historySheet) // 1 (row appended)
 */
export function appendToSheet(ws: ExcelJS.Worksheet, sheet: OutputSheet): number {
  const first = sheet.headers[0]?.trim().toLowerCase() ?? '';
  let headerRow = 0;
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SEARCH_ROWS) && headerRow === 0; r++) if (first !== '' && headerText(ws, r, 1) === first) headerRow = r;
  // No recognisable header (the sheet was emptied by hand): start it again.
  if (headerRow === 0 && ws.actualRowCount === 0) return fillSheet(ws, sheet);
  if (headerRow === 0) {
    headerRow = ws.rowCount + 2;
    putRow(ws, headerRow, sheet.headers);
    ws.getRow(headerRow).font = { bold: true };
  }
  const columns = new Map<string, number>();
  const headerCells = ws.getRow(headerRow);
  for (let c = 1; c <= headerCells.cellCount; c++) {
    const text = headerText(ws, headerRow, c);
    if (text !== '' && !columns.has(text)) columns.set(text, c);
  }
  const columnOf = sheet.headers.map((h) => {
    const key = h.trim().toLowerCase();
    let col = columns.get(key);
    if (col === undefined) {
      col = Math.max(0, ...columns.values()) + 1;
      columns.set(key, col);
      ws.getCell(headerRow, col).value = h;
      ws.getCell(headerRow, col).font = { bold: true };
    }
    return col;
  });
  const firstNew = Math.max(ws.rowCount, headerRow) + 1;
  sheet.rows.forEach((values, i) => putRow(ws, firstNew + i, values, (c) => columnOf[c]));
  applyStyles(ws, sheet, firstNew, (c) => columnOf[c]);
  const lastColumn = Math.max(...columns.values());
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: firstNew + sheet.rows.length - 1, column: lastColumn } };
  return sheet.rows.length;
}

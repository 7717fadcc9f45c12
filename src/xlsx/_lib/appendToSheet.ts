import type ExcelJS from 'exceljs';
import { isoFromUtc } from '../../core/_lib/isoFromUtc';
import { serialFromIso } from '../../core/cells/excelSerial';
import { excelDate } from '../../core/sheets/excelDate';
import { eachStyledCell, type CellStyle, type OutputSheet } from '../../core/sheets/outputSheet';
import { toCellValue } from './toCellValue';
import { fillSheet, putRow } from './fillSheet';
import { headerFooterOf, pageSetupOf } from './printSetup';
import { applyStyles } from './sheetLayout';

const HEADER_SEARCH_ROWS = 20;

function headerText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = toCellValue(ws.getRow(row).getCell(col).value);
  return typeof v === 'string' ? v.trim().toLowerCase() : '';
}

/** An audit date as a day number, however an earlier run or the user stored it (date, serial, ISO or dd/mm/yyyy text). */
function dayOf(v: unknown): number | null {
  if (v instanceof Date) {
    const iso = isoFromUtc(v);
    return iso === null ? null : serialFromIso(iso);
  }
  if (typeof v === 'number' && Number.isFinite(v)) return Math.floor(v);
  if (typeof v !== 'string') return null;
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v.trim());
  const serial = excelDate(uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : v.trim().slice(0, 10));
  return serial === null ? null : Math.floor(serial);
}

function rowWithKey(ws: ExcelJS.Worksheet, headerRow: number, lastRow: number, column: number, key: unknown): number | null {
  const want = dayOf(key);
  if (want === null) return null;
  for (let r = headerRow + 1; r <= lastRow; r++) if (dayOf(toCellValue(ws.getCell(r, column).value)) === want) return r;
  return null;
}

function rowStyles(sheet: OutputSheet, row: number): Map<string, CellStyle> {
  const out = new Map<string, CellStyle>();
  eachStyledCell(sheet, (r, c, style) => {
    if (r === row) out.set(`0:${c}`, style);
  });
  return out;
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
  const lastColumn = Math.max(...columns.values());
  let lastRow = Math.max(ws.rowCount, headerRow);
  sheet.rows.forEach((values) => {
    // A re-run for an audit date already in the history replaces that date's row; other rows are never changed (SPEC 4).
    const same = rowWithKey(ws, headerRow, lastRow, columnOf[0], values[0]);
    const at = same ?? ++lastRow;
    if (same !== null) for (let c = 1; c <= lastColumn; c++) ws.getCell(at, c).value = null;
    putRow(ws, at, values, (c) => columnOf[c]);
    applyStyles(ws, { ...sheet, rows: [values], styles: rowStyles(sheet, sheet.rows.indexOf(values)) }, at, (c) => columnOf[c]);
  });
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: lastColumn } };
  // A history written by an older version gets today's print setup and tab colour too.
  Object.assign(ws.pageSetup, pageSetupOf(sheet, lastRow) ?? {});
  ws.headerFooter = { ...(ws.headerFooter ?? {}), ...(headerFooterOf(sheet) ?? {}) };
  if (sheet.tabColor) ws.properties.tabColor = { argb: `FF${sheet.tabColor}` };
  return sheet.rows.length;
}

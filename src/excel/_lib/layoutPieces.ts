import type { OutputSheet } from '../../core/outputSheet';
import type { XlWorksheet } from '../excelApi';
import type { SheetLayout } from './sheetLayout';
import type { BatchPiece } from './syncBatch';

// OutputSheet widths are in characters (as exceljs takes them); Office.js wants points. A Calibri 11 character is ~5.6pt.
const POINTS_PER_CHARACTER = 5.6;
const PADDING_POINTS = 5;

/** Columns whose every data value is a number: they get a number format (whole numbers, or one decimal place). */
function numberFormats(sheet: OutputSheet): { column: number; format: string }[] {
  const out: { column: number; format: string }[] = [];
  for (let c = 0; c < sheet.headers.length; c++) {
    let numbers = 0;
    let decimals = false;
    let other = false;
    for (const row of sheet.rows) {
      const v = row[c];
      if (typeof v === 'number') {
        numbers++;
        if (!Number.isInteger(v)) decimals = true;
      } else if (v !== null && v !== undefined && v !== '') other = true;
      if (other) break;
    }
    if (numbers > 0 && !other) out.push({ column: c, format: decimals ? '0.0' : '0' });
  }
  return out;
}

/**
 * Header row bold, preamble title bold, the header row frozen, column widths and number formats: applied after the values.
 * @example layoutPieces(ws, sheet, layout).length // 1
 */
export function layoutPieces(ws: XlWorksheet, sheet: OutputSheet, layout: SheetLayout): BatchPiece[] {
  const formats = numberFormats(sheet);
  const rows = sheet.rows.length;
  return [
    {
      bytes: 400 + 80 * ((sheet.columnWidths?.length ?? 0) + formats.length) + formats.length * 6 * rows,
      queue() {
        ws.getRangeByIndexes(layout.headerRow, 0, 1, Math.max(1, sheet.headers.length)).format.font.bold = true;
        if (sheet.preamble.length > 0) ws.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
        ws.freezePanes.freezeRows(layout.headerRow + 1);
        (sheet.columnWidths ?? []).forEach((w, c) => {
          ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * POINTS_PER_CHARACTER + PADDING_POINTS);
        });
        if (rows === 0) return;
        for (const { column, format } of formats) {
          ws.getRangeByIndexes(layout.firstDataRow, column, rows, 1).numberFormat = Array.from({ length: rows }, () => [format]);
        }
      },
    },
  ];
}

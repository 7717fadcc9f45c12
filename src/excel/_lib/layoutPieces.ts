import type { OutputSheet } from '../../core/sheets/outputSheet';
import type { XlWorksheet } from '../excelApi';
import type { SheetLayout } from './sheetLayout';
import type { BatchPiece } from './syncBatch';

// OutputSheet widths are in characters (as exceljs takes them); Office.js wants points. A Calibri 11 character is ~5.6pt.
const POINTS_PER_CHARACTER = 5.6;
const PADDING_POINTS = 5;
const DECIMAL = '0.0';
const FORMAT_BLOCK_ROWS = 50_000;

/** Columns whose every data value is a number, some not whole: shown with one decimal place (General shows whole numbers well). */
function decimalColumns(sheet: OutputSheet): number[] {
  const out: number[] = [];
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
    if (numbers > 0 && decimals && !other) out.push(c);
  }
  return out;
}

function numberFormatPiece(ws: XlWorksheet, column: number, startRow: number, rows: number): BatchPiece {
  return {
    bytes: 100 + 8 * rows,
    queue() {
      ws.getRangeByIndexes(startRow, column, rows, 1).numberFormat = Array.from({ length: rows }, () => [DECIMAL]);
    },
    split: () => (rows < 2 ? null : [numberFormatPiece(ws, column, startRow, rows >> 1),
      numberFormatPiece(ws, column, startRow + (rows >> 1), rows - (rows >> 1))]),
  };
}

/**
 * Header row bold, preamble title bold, the header row frozen, column widths, then number formats in row blocks:
 * applied after the values.
 * @example layoutPieces(ws, sheet, layout).length // 1 plus one per decimal column and 50,000 rows
 */
export function layoutPieces(ws: XlWorksheet, sheet: OutputSheet, layout: SheetLayout): BatchPiece[] {
  const pieces: BatchPiece[] = [
    {
      bytes: 400 + 80 * (sheet.columnWidths?.length ?? 0),
      queue() {
        if (sheet.preamble.length > 0) ws.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
        // A form (Personal Plans) has no header row to embolden or freeze.
        if (!sheet.form) {
          ws.getRangeByIndexes(layout.headerRow, 0, 1, Math.max(1, sheet.headers.length)).format.font.bold = true;
          ws.freezePanes.freezeRows(layout.headerRow + 1);
        }
        (sheet.columnWidths ?? []).forEach((w, c) => {
          ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * POINTS_PER_CHARACTER + PADDING_POINTS);
        });
      },
    },
  ];
  for (const column of decimalColumns(sheet)) {
    for (let r = 0; r < sheet.rows.length; r += FORMAT_BLOCK_ROWS) {
      pieces.push(numberFormatPiece(ws, column, layout.firstDataRow + r, Math.min(FORMAT_BLOCK_ROWS, sheet.rows.length - r)));
    }
  }
  return pieces;
}

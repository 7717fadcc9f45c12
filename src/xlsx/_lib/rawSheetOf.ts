import ExcelJS from 'exceljs';
import type { CellValue } from '../../core/cells/cellValue';
import type { RawSheet } from '../../core/cells/rawWorkbook';
import { toCellValue } from './toCellValue';

/**
 * Core gets each sheet as a dense block (rows x columns), so one stray cell in column XFD under 100,000 rows would ask for
 * 1.6 billion slots. Refused above 25 million cells (~200 MB of slots): 100,000 staff x 62 columns is 6.2 million.
 */
export const MAX_SHEET_CELLS = 25_000_000;

/** A sheet whose used block is too large to hand to core; readWorkbookFile reports it as WorkbookReadError 'too-large'. */
export class SheetTooLargeError extends Error {
  constructor(sheet: string, rows: number, columns: number) {
    super(`Sheet "${sheet}" spans ${rows} rows x ${columns} columns, over ${MAX_SHEET_CELLS} cells`);
    this.name = 'SheetTooLargeError';
  }
}

interface SheetInternals {
  _merges?: Record<string, { tl: string; br: string } | undefined>;
  tables?: Record<string, { table?: { name?: string; tableRef?: string; ref?: string } } | undefined>;
}

/** Merged ranges in A1 notation; read from exceljs's index because `ws.model` would serialise the whole sheet. */
function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as SheetInternals)._merges ?? {};
  return Object.values(merges).flatMap((m) => (m ? [`${m.tl}:${m.br}`] : []));
}

/** Excel tables: name and the full ref including the header row. */
function tablesOf(ws: ExcelJS.Worksheet): { name: string; ref: string }[] {
  const tables = (ws as unknown as SheetInternals).tables ?? {};
  return Object.entries(tables).flatMap(([key, t]) => {
    const ref = t?.table?.tableRef ?? t?.table?.ref;
    return ref ? [{ name: t?.table?.name ?? key, ref }] : [];
  });
}

/**
 * The used block of a worksheet as plain values; the covered cells of a merge are blank, as Excel shows them.
 * @example rawSheetOf(workbook.getWorksheet('Staff')!) // { name: 'Staff', firstRow: 1, firstColumn: 1, rows: [...] }
 */
export function rawSheetOf(ws: ExcelJS.Worksheet): RawSheet {
  const found: { row: number; cells: CellValue[] }[] = [];
  let minCol = Infinity;
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    let filled = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = toCellValue(cell.value);
      if (v === null || v === '') return;
      cells[col] = v;
      filled = true;
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
    });
    if (filled) found.push({ row: rowNumber, cells });
  });
  const sheet: RawSheet = { name: ws.name, firstRow: 1, firstColumn: 1, rows: [], merges: mergesOf(ws), tables: tablesOf(ws) };
  if (found.length === 0) return sheet;
  const firstRow = found[0].row;
  const width = maxCol - minCol + 1;
  const height = found[found.length - 1].row - firstRow + 1;
  if (height * width > MAX_SHEET_CELLS) throw new SheetTooLargeError(ws.name, height, width);
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const { row, cells } of found) {
    const target = rows[row - firstRow];
    for (let c = minCol; c <= maxCol; c++) if (cells[c] !== undefined) target[c - minCol] = cells[c];
  }
  return { ...sheet, firstRow, firstColumn: minCol, rows };
}

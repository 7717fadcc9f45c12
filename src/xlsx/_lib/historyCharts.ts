import { sheetRows } from '../../core/sheets/sheetRows';
import type ExcelJS from 'exceljs';
import type { OutputChart, OutputSheet, SheetRange } from '../../core/sheets/outputSheet';
import type { BookStream, SheetStream } from './bookStream';
import { ukDates } from '../../core/sheets/excelDate';
import { toCellValue } from './toCellValue';

const HEADER_SEARCH_ROWS = 20;

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim().toLowerCase() : '';
}

/**
 * The charts of an appended sheet (Audit History) as they fall on the sheet as it now is: each series found by its header,
 * its range grown to the table's last row, the charts moved down below it. None below the charts' minimum of rows.
 * @example resolveGrowingCharts(historySheet, ws) // the trend charts over every audit in the history
 */
export function resolveGrowingCharts(sheet: OutputSheet, ws: ExcelJS.Worksheet): OutputChart[] {
  const first = text(sheet.headers[0]);
  let headerRow = -1;
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SEARCH_ROWS) &&
    headerRow < 0; r++) if (text(toCellValue(ws.getRow(r).getCell(1).value)) === first) headerRow = r - 1;
  if (headerRow < 0) return [];
  const columns = new Map<string, number>();
  const header = ws.getRow(headerRow + 1);
  for (let c = 1; c <= header.cellCount; c++) {
    const t = text(toCellValue(header.getCell(c).value));
    if (t !== '' && !columns.has(t)) columns.set(t, c - 1);
  }
  let lastRow = headerRow;
  for (let r = headerRow + 2; r <= ws.rowCount; r++) if (toCellValue(ws.getRow(r).getCell(1).value) !== null) lastRow = r - 1;
  const rows = lastRow - headerRow;
  const specHeader = sheetRows(sheet).headerRow;
  const shift = lastRow - (specHeader + sheet.rows.length);
  const column = (c: number): number | undefined => columns.get(text(sheet.headers[c]));
  const grow = (r: SheetRange): SheetRange | null => {
    const c = column(r.column);
    return c === undefined ? null : { row: headerRow + 1, column: c, rows, columns: 1 };
  };
  const out: OutputChart[] = [];
  for (const chart of sheet.charts ?? []) {
    if (!chart.growsWithTable || rows < chart.growsWithTable.minRows) continue;
    const categories = grow(chart.categories);
    const series = chart.series.flatMap((s) => {
      const values = grow(s.values);
      return values ? [{ ...s, values }] : [];
    });
    if (!categories || series.length === 0) continue;
    const { from, to } = chart.anchor;
    out.push({ ...chart, categories, series, anchor: { from: { ...from, row: from.row + shift }, to: { ...to, row: to.row + shift } } });
  }
  return out;
}

/**
 * Adds an appended sheet's charts to its streamed copy, the cells' values read from the sheet in memory.
 * @example copySheet(book, ws, undefined, { beforeCommit: (to) => historyCharts(book, to, ws, historySheet) })
 */
export function historyCharts(book: BookStream, to: SheetStream, ws: ExcelJS.Worksheet, sheet: OutputSheet): void {
  const charts = resolveGrowingCharts(sheet, ws);
  if (charts.length === 0) return;
  book.addCharts(to, charts, (row, column) => {
    const v = toCellValue(ws.getRow(row + 1).getCell(column + 1).value);
    return v instanceof Date ? ukDates(v.toISOString().slice(0, 10)) : v !== null && typeof v === 'object' ? null : v;
  });
}

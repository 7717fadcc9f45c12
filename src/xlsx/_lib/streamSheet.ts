import type ExcelJS from 'exceljs';
import { eachStyledCell, type CellStyle, type OutputSheet, type OutputValue } from '../../core/sheets/outputSheet';
import { zipCaughtUp, type BookStream, type SheetStream } from './bookStream';
import { cellOut } from './cellOut';
import { headerRowOf } from './fillSheet';
import { RawRows } from './rawRows';
import { cellStyleOf, columnWidths } from './sheetLayout';

type Style = Partial<ExcelJS.Style>;
const BOLD: Style = Object.freeze({ font: { bold: true } });
const TITLE: Style = Object.freeze({ font: { bold: true, size: 14 } });
const styleId = (s: CellStyle): string => `${s.fill ?? ''}|${s.bold ? 1 : 0}|${s.fontColor ?? ''}|${s.numberFormat ?? ''}`;

/** OutputSheet.styles as one sparse array per data row, one shared style object per distinct style (exceljs caches by object). */
function stylesByRow(sheet: OutputSheet): Style[][] {
  const shared = new Map<string, Style>();
  const byRow: Style[][] = [];
  eachStyledCell(sheet, (r, c, style) => {
    if (r >= sheet.rows.length) return;
    const id = styleId(style);
    let s = shared.get(id);
    if (!s) shared.set(id, (s = cellStyleOf(style)));
    (byRow[r] ??= [])[c] = s;
  });
  return byRow;
}

/** A preamble or header row through exceljs (a handful per sheet). */
function putRow(ws: SheetStream, rowNumber: number, values: readonly OutputValue[], style?: Style): ExcelJS.Row {
  const row = ws.getRow(rowNumber);
  values.forEach((v, i) => {
    const out = cellOut(v);
    if (out === null) return;
    const cell = row.getCell(i + 1);
    cell.value = out;
    if (style) cell.style = style;
  });
  return row;
}

/**
 * Streams an output sheet as its own worksheet, row by row, laid out as fillSheet lays it out: preamble, bold header, rows,
 * styles, widths, frozen header, filter, print setup. Every string is a literal text cell (cellOut), never a formula.
 * @example await streamSheet(book, 'Skills Matrix (2)', matrixSheet) // 26 (rows written)
 */
export async function streamSheet(book: BookStream, name: string, sheet: OutputSheet, checkEvery = 500): Promise<number> {
  const headerRow = headerRowOf(sheet);
  const ws = book.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: sheet.print
      ? { orientation: sheet.print.landscape ? 'landscape' : 'portrait', fitToPage: sheet.print.fitToWidth, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` }
      : undefined,
  });
  // Widths go out with the first row, so they are set first.
  columnWidths(sheet).forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  sheet.preamble.forEach((line, i) => {
    const row = putRow(ws, i + 1, line);
    if (i === 0) row.getCell(1).style = TITLE;
    row.commit();
  });
  const header = putRow(ws, headerRow, sheet.headers, BOLD);
  (header as ExcelJS.Row & { style: Style }).style = BOLD; // as fillSheet's row.font: cells typed later in the header row are bold too
  header.commit();
  const styles = stylesByRow(sheet);
  const rows = new RawRows(ws);
  for (let r = 0; r < sheet.rows.length; r++) {
    rows.write(headerRow + 1 + r, sheet.rows[r], styles[r] ?? []);
    if ((r + 1) % checkEvery === 0) {
      rows.flush();
      await zipCaughtUp(ws);
    }
  }
  rows.flush();
  if (sheet.headers.length > 0) {
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + sheet.rows.length, column: sheet.headers.length } };
  }
  ws.commit();
  return sheet.rows.length;
}

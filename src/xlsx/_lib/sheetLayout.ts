import type ExcelJS from 'exceljs';
import type { CellStyle, OutputSheet, OutputValue } from '../../core/sheets/outputSheet';
import { sheetRows } from '../../core/sheets/sheetRows';
import { headerFooterOf, lastRowOf, pageSetupOf } from './printSetup';

const WIDTH_SAMPLE_ROWS = 500;

/**
 * Applies one sparse style to a cell.
 * @example styleCell(ws.getCell('C2'), { fill: 'C6EFCE', bold: true })
 */
export function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  const s = cellStyleOf(style);
  if (s.fill) cell.fill = s.fill;
  if (s.font) cell.font = s.font;
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.alignment) cell.alignment = s.alignment;
}

/**
 * One sparse style as an exceljs style object (what styleCell applies).
 * @example cellStyleOf({ fill: 'C6EFCE', bold: true }) // { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } }, font: { bold: true } }
 */
export function cellStyleOf(style: CellStyle, fontSize?: number): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.bold || style.fontColor || style.italic || style.link) {
    out.font = {
      name: 'Calibri',
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.link ? { underline: true } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (fontSize) out.font = { name: 'Calibri', ...out.font, size: fontSize };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.wrap || style.top) out.alignment = { ...(style.wrap ? { wrapText: true } : {}), vertical: 'top' };
  return out;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 8 ? h : `FF${h}`;
}

/**
 * Applies OutputSheet.styles to its data rows, which start at Excel row `firstDataRow`.
 * @example applyStyles(ws, matrixSheet, 2)
 */
export function applyStyles(ws: ExcelJS.Worksheet, sheet: OutputSheet, firstDataRow: number, columnOf: (i: number) => number = (i) => i + 1): void {
  for (const [key, style] of sheet.styles ?? []) {
    const [r, c] = key.split(':').map(Number);
    if (Number.isInteger(r) && Number.isInteger(c) && r >= 0 && r < sheet.rows.length) styleCell(ws.getCell(firstDataRow + r, columnOf(c)), style);
  }
}

/**
 * Column widths: as given, or from the header and the first rows' text (clamped so one long note does not win).
 * @example columnWidths({ name: 'X', preamble: [], headers: ['Staff ID'], rows: [] }) // [10]
 */
export function columnWidths(sheet: OutputSheet): number[] {
  return sheet.headers.map((header, i) => {
    const given = sheet.columnWidths?.[i];
    if (given !== undefined && given > 0) return given;
    let longest = header.length;
    for (const row of sheet.rows.slice(0, WIDTH_SAMPLE_ROWS)) longest = Math.max(longest, textLength(row[i]));
    return Math.min(60, Math.max(8, longest + 2));
  });
}

function textLength(v: OutputValue | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? String(Math.round(v * 10) / 10).length : String(v).length;
}

/**
 * Frozen header, autofilter over the table, and print setup (landscape, one page wide, header repeated).
 * @example finishLayout(ws, summarySheet, 4, 21)
 */
export function finishLayout(ws: ExcelJS.Worksheet, sheet: OutputSheet, headerRow: number, lastRow: number): void {
  if (!sheet.form) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  if (sheet.headers.length > 0 && !sheet.form) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(lastRow, headerRow), column: sheet.headers.length } };
  const setup = pageSetupOf(sheet, Math.max(lastRow, lastRowOf(sheet)));
  if (setup) Object.assign(ws.pageSetup, setup);
  const bands = headerFooterOf(sheet);
  if (bands) ws.headerFooter = { ...(ws.headerFooter ?? {}), ...bands };
  for (const r of sheet.print?.rowBreaks ?? []) ws.getRow(sheetRows(sheet).firstDataRow + r).addPageBreak();
  if (sheet.tabColor) ws.properties.tabColor = { argb: `FF${sheet.tabColor}` };
}

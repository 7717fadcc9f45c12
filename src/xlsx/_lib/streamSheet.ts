import type ExcelJS from 'exceljs';
import { eachStyledCell, type CellStyle, type OutputSheet, type OutputValue } from '../../core/sheets/outputSheet';
import { lineHeight, rowHeight } from '../../core/sheets/rowLines';
import { sheetRows } from '../../core/sheets/sheetRows';
import { zipCaughtUp, type BookStream, type SheetStream } from './bookStream';
import { cellOut } from './cellOut';
import { headerRowOf } from './fillSheet';
import { headerFooterOf, lastRowOf, pageSetupOf } from './printSetup';
import { RawRows } from './rawRows';
import { cellStyleOf, columnWidths } from './sheetLayout';
import { valueAtOf } from './valueAt';

type Style = Partial<ExcelJS.Style>;
const SIZED_ROWS = 10_000;
const HEADER: Style = Object.freeze({ font: { name: 'Calibri', bold: true }, alignment: { wrapText: true, vertical: 'top' } }) as Style;
const TITLE: Style = Object.freeze({ font: { name: 'Calibri', bold: true, size: 14 } });
const styleId = (s: CellStyle & { fontSize?: number }): string =>
  `${s.fontSize ?? ''}|${s.fill ?? ''}|${s.bold ? 1 : 0}|${s.fontColor ?? ''}|${s.numberFormat ?? ''}|${s.wrap ? 1 : 0}|${s.italic ? 1 : 0}|${s.link ? 1 : 0}|${s.top ? 1 : 0}`;

/** Where a link to an output sheet goes: the sheet's final name (a user's sheet of that name sends it to "Name (2)"). */
export type TargetOf = (output: string) => string;

export interface StreamSheetOptions {
  /** The tab the workbook opens on. */
  active?: boolean;
  targetOf?: TargetOf;
}

/** Shared exceljs style objects, one per distinct style (exceljs caches by object). */
class Styles {
  private readonly shared = new Map<string, Style>();
  constructor(private readonly fontSize?: number) {}
  of(style: CellStyle & { fontSize?: number }): Style {
    const id = styleId(style);
    let s = this.shared.get(id);
    if (!s) this.shared.set(id, (s = cellStyleOf(style, style.fontSize ?? this.fontSize)));
    return s;
  }
}

/** Each data row's styles: wrapped columns wrap in every row, and a row that grows reads from the top in every cell. */
function rowStyler(sheet: OutputSheet, styles: Styles): (r: number, tall: boolean) => Style[] {
  const wrap = new Set(sheet.wrapColumns ?? []);
  const width = sheet.headers.length;
  const line = (top: boolean): Style[] => {
    const out: Style[] = [];
    for (let c = 0; c < width; c++) if (top || wrap.has(c) || sheet.fontSize) out[c] = styles.of({ wrap: wrap.has(c), top });
    return out;
  };
  const plain = line(false);
  const tallPlain = line(true);
  const byRow: CellStyle[][] = [];
  eachStyledCell(sheet, (r, c, style) => {
    if (r < sheet.rows.length) (byRow[r] ??= [])[c] = style;
  });
  // The few distinct styles of a big sheet, merged with wrap and top once each (not per cell: a heat map has ~300,000).
  const merged = new Map<CellStyle, Style[]>();
  const mergedStyle = (style: CellStyle, c: number, tall: boolean): Style => {
    let four = merged.get(style);
    if (!four) merged.set(style, (four = []));
    const k = (wrap.has(c) ? 2 : 0) + (tall ? 1 : 0);
    return (four[k] ??= styles.of({ ...style, wrap: wrap.has(c) || style.wrap, top: tall || style.top }));
  };
  return (r, tall) => {
    const own = byRow[r];
    if (!own) return tall ? tallPlain : plain;
    const out = (tall ? tallPlain : plain).slice();
    own.forEach((style, c) => {
      out[c] = mergedStyle(style, c, tall);
    });
    return out;
  };
}

function styledLine(values: readonly OutputValue[], row: number, cellStyles: ReadonlyMap<string, CellStyle> | undefined, styles: Styles): Style[] {
  const out: Style[] = [];
  for (let c = 0; c < values.length; c++) {
    const style = cellStyles?.get(`${row}:${c}`);
    if (style) out[c] = styles.of(style);
    else if (values[c] !== null && values[c] !== undefined) out[c] = styles.of({});
  }
  return out;
}

/** A preamble or header row through exceljs (a handful per sheet). */
function putRow(ws: SheetStream, rowNumber: number, values: readonly OutputValue[], style?: Style | ((c: number) => Style | undefined)): ExcelJS.Row {
  const row = ws.getRow(rowNumber);
  values.forEach((v, i) => {
    const out = cellOut(v);
    const s = typeof style === 'function' ? style(i) : style;
    if (out === null && !s) return;
    const cell = row.getCell(i + 1);
    cell.value = out;
    if (s) cell.style = s;
  });
  return row;
}

function cellAddress(row: number, column: number): string {
  let s = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** Links to other sheets of the workbook go in the sheet's <hyperlinks> with a location and no relationship. */
function addSheetLinks(ws: SheetStream, sheet: OutputSheet, targetOf: TargetOf): void {
  const links = (ws as unknown as { _sheetRelsWriter: { _hyperlinks: { address: string; target: string }[] } })._sheetRelsWriter._hyperlinks;
  for (const [key, style] of sheet.preambleStyles ?? []) {
    if (!style.link) continue;
    const [r, c] = key.split(':').map(Number);
    links.push({ address: cellAddress(r, c), target: `'${targetOf(style.link).replace(/'/g, "''")}'!A1` });
  }
}

/**
 * Streams an output sheet as its own worksheet, row by row, laid out as fillSheet lays it out: preamble, bold wrapped
 * header, rows, styles, widths, wrapped long text, frozen header, filter, notes below the table, print setup, header and
 * footer, tab colour, links to the other output sheets and native charts. Every string is a literal text cell (cellOut).
 * @example await streamSheet(book, 'Skills Matrix (2)', matrixSheet) // 26 (rows written)
 */
export async function streamSheet(book: BookStream, name: string, sheet: OutputSheet, checkEvery = 500, options: StreamSheetOptions = {}): Promise<number> {
  const headerRow = headerRowOf(sheet);
  const lastRow = lastRowOf(sheet);
  const { firstDataRow, notesRow } = sheetRows(sheet);
  // A form (Personal Plans) has no header row to freeze.
  const frozen = sheet.form ? {} : { state: 'frozen' as const, xSplit: 0, ySplit: headerRow };
  const ws = book.addWorksheet(name, {
    views: [{ ...frozen, ...(options.active ? { tabSelected: true } : {}) }],
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor}` } } : undefined,
    pageSetup: pageSetupOf(sheet, lastRow),
    headerFooter: headerFooterOf(sheet),
  });
  const styles = new Styles(sheet.fontSize);
  // Widths go out with the first row, so they are set first.
  columnWidths(sheet).forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  sheet.preamble.forEach((line, i) => {
    const own = styledLine(line, i, sheet.preambleStyles, styles);
    const base = sheet.fontSize ? styles.of({}) : undefined;
    // The title in 14 pt, or 3 pt over the sheet's own smaller size (the one-page Audit Summary).
    const title = sheet.fontSize ? styles.of({ bold: true, fontSize: sheet.fontSize + 3 }) : TITLE;
    const row = putRow(ws, i + 1, line, (c) => (i === 0 && c === 0 ? title : (own[c] ?? base)));
    // A sheet in a smaller font gets rows to match (Excel keeps its 15 pt default otherwise).
    if (sheet.fontSize && i > 0) row.height = lineHeight(sheet.fontSize);
    row.commit();
  });
  if (!sheet.form) {
    const headerStyle = sheet.fontSize ? styles.of({ bold: true, wrap: true }) : HEADER;
    const header = putRow(ws, headerRow, sheet.headers, headerStyle);
    const headerHeight = rowHeight(sheet, sheet.headers, sheet.headers.map((_, c) => c));
    if (headerHeight) header.height = headerHeight;
    (header as ExcelJS.Row & { style: Style }).style = headerStyle; // as fillSheet's row.font: cells typed later in the header row are bold too
    header.commit();
  }
  const styleRow = rowStyler(sheet, styles);
  const rows = new RawRows(ws);
  const wrap = sheet.wrapColumns ?? [];
  // Rows are sized to their wrapped text on sheets that get printed; past 10,000 rows (Training Needs of a large
  // organisation) a sheet is filtered on screen, and sizing every row cost more than the rest of its write. A form is
  // always sized: it is made to be printed, a page per person.
  const sized = (wrap.length > 0 || sheet.fontSize !== undefined) && (sheet.rows.length <= SIZED_ROWS || sheet.form === true);
  for (let r = 0; r < sheet.rows.length; r++) {
    const height = sized ? rowHeight(sheet, sheet.rows[r], wrap) : null;
    rows.write(firstDataRow + 1 + r, sheet.rows[r], styleRow(r, height !== null), height);
    if ((r + 1) % checkEvery === 0) {
      rows.flush();
      await zipCaughtUp(ws);
    }
  }
  const notesHeight = sheet.fontSize ? lineHeight(sheet.fontSize) : null;
  (sheet.notes ?? []).forEach((line, i) => rows.write(notesRow + 1 + i, line, styledLine(line, i, sheet.notesStyles, styles), notesHeight));
  rows.flush();
  if (sheet.headers.length > 0 && !sheet.form) {
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + sheet.rows.length, column: sheet.headers.length } };
  }
  addSheetLinks(ws, sheet, options.targetOf ?? ((output) => output));
  // A manual break after the row above the notes (1-based: the notes start on Excel row notesRow + 1).
  if (sheet.print?.breakBeforeNotes && sheet.notes?.length) ws.rowBreaks.push({ id: notesRow, max: 16383, man: 1 });
  // A page starts at each of these data rows (Personal Plans: each person): the break sits under the row above.
  for (const r of sheet.print?.rowBreaks ?? []) ws.rowBreaks.push({ id: firstDataRow + r, max: 16383, man: 1 });
  const charts = (sheet.charts ?? []).filter((c) => !c.growsWithTable || sheet.rows.length >= c.growsWithTable.minRows);
  if (charts.length > 0) book.addCharts(ws, charts, valueAtOf(sheet));
  ws.commit();
  return sheet.rows.length;
}

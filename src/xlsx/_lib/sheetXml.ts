import { eachStyledCell, type CellStyle, type OutputChart, type OutputSheet, type OutputValue } from '../../core/sheets/outputSheet';
import { lineHeight, rowHeight } from '../../core/sheets/rowLines';
import { sheetRows } from '../../core/sheets/sheetRows';
import { cellOut } from './cellOut';
import { lastRowOf } from './printSetup';
import { columnWidths } from './sheetLayout';
import type { SharedStrings } from './sharedStrings';
import type { CellLook, StyleBook } from './styleBook';
import { escapeAttr, escapeText } from './xmlText';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A4 = 9;
const SIZED_ROWS = 10_000;
/** Rows are handed on in pieces of about this many characters (each a yield, each a zip.add). */
const PIECE = 1 << 16;
const DEFAULT_SIZE = 11;
const TITLE_SIZE = 14;
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** Where a link to an output sheet goes: the sheet's final name (a user's sheet of that name sends it to "Name (2)"). */
export type TargetOf = (output: string) => string;

export interface SheetXmlOptions {
  /** The tab the workbook opens on. */
  active?: boolean;
  targetOf?: TargetOf;
  /** The relationship id of the sheet's drawing, when it has charts. */
  drawingRel?: string;
}

/** What the workbook part needs for a sheet written here: its print titles, print area and filter as defined names. */
export interface SheetNames {
  printTitles?: string;
  printArea?: string;
  filter?: string;
}

/**
 * Column letters of a 1-based column number.
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * A sheet name quoted for a formula reference.
 * @example quotedSheet("Bob's") // "'Bob''s'"
 */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The charts an output sheet shows: those that grow with the table appear from their minimum of rows.
 * @example chartsShown(history).length // 0 for a history of one audit
 */
export function chartsShown(sheet: OutputSheet): OutputChart[] {
  return (sheet.charts ?? []).filter((c) => !c.growsWithTable || sheet.rows.length >= c.growsWithTable.minRows);
}

/** Writes the cells of a sheet as SpreadsheetML rows, looking each style up once. */
class CellWriter {
  private readonly letters: string[] = [''];
  readonly links: { ref: string; target: string }[] = [];
  /** Rows written since the last take(). */
  private text = '';
  constructor(private readonly styles: StyleBook, private readonly strings: SharedStrings, private readonly size: number) {}

  /** The rows gathered so far, handed on once they make a piece worth deflating. */
  take(): string {
    const t = this.text;
    this.text = '';
    return t;
  }

  get gathered(): number {
    return this.text.length;
  }

  letter(col: number): string {
    while (this.letters.length <= col) this.letters.push(columnLetters(this.letters.length));
    return this.letters[col];
  }

  xf(style: CellStyle | undefined, extra: Partial<CellLook> = {}): number {
    const s = style ?? {};
    return this.styles.xf({
      size: this.size, bold: s.bold, italic: s.italic, underline: !!s.link, color: s.fontColor, fill: s.fill,
      numberFormat: s.numberFormat, wrap: s.wrap, top: s.top, ...extra,
    });
  }

  /** One row; `xfs[c]` is column c's format. A blank cell is written only when it is filled with a colour. */
  row(
    rowNumber: number, values: readonly OutputValue[], xfs: (c: number) => number, blankShows: (c: number) => boolean,
    height: number | null, rowXf?: number,
  ): void {
    let xml = `<row r="${rowNumber}"${rowXf !== undefined ? ` s="${rowXf}" customFormat="1"` : ''}${height ? ` ht="${height}" customHeight="1"` : ''}>`;
    let cells = 0;
    for (let i = 0; i < values.length || (blankShows(i) && i < 16384); i++) {
      // The cell's type and value after its style (null: blank). Text is literal text: SharedStrings cleans it (cellOut).
      const v = values[i];
      let body: string | null = null;
      if (typeof v === 'string') {
        const k = this.strings.of(v);
        if (k >= 0) body = ` t="s"><v>${k}</v></c>`;
      } else if (typeof v === 'number') {
        if (Number.isFinite(v)) body = `><v>${v}</v></c>`;
      } else if (typeof v === 'boolean') body = ` t="b"><v>${v ? 1 : 0}</v></c>`;
      if (body === null && !blankShows(i)) {
        if (i >= values.length) break;
        continue;
      }
      cells++;
      xml += `<c r="${this.letter(i + 1)}${rowNumber}" s="${xfs(i)}"${body ?? '/>'}`;
    }
    if (cells > 0 || height || rowXf !== undefined) this.text += `${xml}</row>`;
  }

  /** Notes a link from a cell to another sheet of the workbook. */
  link(row: number, column: number, target: string): void {
    this.links.push({ ref: `${this.letter(column + 1)}${row}`, target });
  }
}

function styleAt(map: ReadonlyMap<string, CellStyle> | undefined, row: number, column: number): CellStyle | undefined {
  return map?.get(`${row}:${column}`);
}

/** The data rows' styles by row, gathered once (a heat map's grid hands them over as numbers). */
function dataStyles(sheet: OutputSheet): CellStyle[][] {
  const byRow: CellStyle[][] = [];
  eachStyledCell(sheet, (r, c, style) => {
    if (r < sheet.rows.length) (byRow[r] ??= [])[c] = style;
  });
  return byRow;
}

function headerFooterXml(sheet: OutputSheet): string {
  const band = (b: { left: string; center: string; right: string } | undefined): string =>
    !b ? '' : `${b.left ? `&L${b.left}` : ''}${b.center ? `&C${b.center}` : ''}${b.right ? `&R${b.right}` : ''}`;
  const print = sheet.print;
  if (!print || (!print.header && !print.footer)) return '';
  const head = band(print.header);
  const foot = band(print.footer);
  return `<headerFooter>${head ? `<oddHeader>${escapeText(head)}</oddHeader>` : ''}${foot ? `<oddFooter>${escapeText(foot)}</oddFooter>` : ''}</headerFooter>`;
}

/**
 * The sheet's manual page breaks (ECMA-376 Part 1, 18.3.1.73): each `id` is the 1-based row the break falls under. A
 * break before the notes (they start on Excel row notesRow + 1) and one above each data row in print.rowBreaks
 * (Personal Plans: a page per person; data row r is Excel row firstDataRow + r + 1).
 * @example rowBreaksXml(plans, 0, 40) // '<rowBreaks count="2" manualBreakCount="2"><brk id="30" max="16383" man="1"/>…'
 */
function rowBreaksXml(sheet: OutputSheet, firstDataRow: number, notesRow: number): string {
  const ids = new Set<number>();
  for (const r of sheet.print?.rowBreaks ?? []) if (firstDataRow + r > 0) ids.add(firstDataRow + r);
  if (sheet.print?.breakBeforeNotes && sheet.notes?.length) ids.add(notesRow);
  if (ids.size === 0) return '';
  const brks = [...ids].sort((a, b) => a - b).map((id) => `<brk id="${id}" max="16383" man="1"/>`).join('');
  return `<rowBreaks count="${ids.size}" manualBreakCount="${ids.size}">${brks}</rowBreaks>`;
}

/**
 * An output sheet as a worksheet part (ECMA-376 Part 1, 18.3), yielded piece by piece: preamble
 * (title larger), bold wrapped header (frozen, filtered; none on a form), rows with their styles, wrapped columns and row heights, notes
 * below, column widths, links to other sheets, tab colour, print setup (A4, orientation, fit to width, margins, header and
 * footer, manual page breaks) and the drawing of its charts. Every string is literal text (cellOut), a shared string.
 * Its return value is what the workbook part must define for the sheet (print titles, print area, filter).
 * @example const parts = sheetXml(matrix, 'Skills Matrix', styles, strings); for (let p = parts.next(); !p.done; p = parts.next()) zip.add(p.value)
 */
export function* sheetXml(
  sheet: OutputSheet, name: string, styles: StyleBook, strings: SharedStrings, options: SheetXmlOptions = {},
): Generator<string, SheetNames> {
  const size = sheet.fontSize ?? DEFAULT_SIZE;
  const cells = new CellWriter(styles, strings, size);
  const { headerRow: header0, firstDataRow, notesRow } = sheetRows(sheet);
  const headerRow = header0 + 1;
  const width = sheet.headers.length;
  const lastRow = lastRowOf(sheet);
  const print = sheet.print;
  const fitToPage = print?.fitToWidth ?? false;
  const sheetPr = sheet.tabColor || fitToPage
    ? `<sheetPr>${sheet.tabColor ? `<tabColor rgb="FF${sheet.tabColor.toUpperCase()}"/>` : ''}${fitToPage ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`
    : '';
  // A form (Personal Plans) has no header row to freeze.
  const frozen = sheet.form ? '' : `<pane ySplit="${header0 + 1}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/>`;
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${sheetPr}`
    + `<dimension ref="A1:${columnLetters(Math.max(1, width, ...sheet.preamble.map((l) => l.length), ...(sheet.notes ?? []).map((l) => l.length)))}${Math.max(1, lastRow)}"/>`
    + `<sheetViews><sheetView${options.active ? ' tabSelected="1"' : ''} workbookViewId="0">${frozen}</sheetView></sheetViews>`
    + '<sheetFormatPr defaultRowHeight="15"/>';
  const widths = columnWidths(sheet);
  if (widths.length > 0) yield `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  yield '<sheetData>';

  // Preamble: the title in 14 pt, or 3 pt over the sheet's own smaller size (the one-page Audit Summary).
  const titleSize = sheet.fontSize ? sheet.fontSize + 3 : TITLE_SIZE;
  const targetOf = options.targetOf ?? ((s: string) => s);
  const linksIn = (line: readonly OutputValue[], row: number, map: ReadonlyMap<string, CellStyle> | undefined, excelRow: number): void => {
    for (let c = 0; c < line.length; c++) {
      const link = styleAt(map, row, c)?.link;
      if (link) cells.link(excelRow, c, targetOf(link));
    }
  };
  sheet.preamble.forEach((line, i) => {
    const xf = (c: number): number => (i === 0 && c === 0
      ? cells.xf({ ...styleAt(sheet.preambleStyles, i, c), bold: true }, { size: titleSize })
      : cells.xf(styleAt(sheet.preambleStyles, i, c)));
    const fills = (c: number): boolean => !!styleAt(sheet.preambleStyles, i, c)?.fill;
    cells.row(i + 1, line, xf, fills, sheet.fontSize && i > 0 ? lineHeight(sheet.fontSize) : null);
    linksIn(line, i, sheet.preambleStyles,
        i + 1);
  });

  // Header: bold and wrapped; the row's own format too, so cells typed later in it are bold. A form has none.
  if (!sheet.form) {
    const headerXf = cells.xf({ bold: true, wrap: true, top: true });
    cells.row(headerRow, sheet.headers, () => headerXf, () => false, rowHeight(sheet, sheet.headers, sheet.headers.map((_,
        c) => c)), headerXf);
  }

  // Data rows: wrapped columns wrap in every row, a row that grows reads from the top in every cell.
  const wrap = new Set(sheet.wrapColumns ?? []);
  const wrapList = sheet.wrapColumns ?? [];
  const plain = [false, true].map((tall) =>
    Array.from({ length: width }, (_, c) => cells.xf(undefined, { wrap: wrap.has(c), top: tall || wrap.has(c) })));
  const byRow = dataStyles(sheet);
  const merged = new Map<CellStyle, number[]>();
  const mergedXf = (style: CellStyle, c: number, tall: boolean): number => {
    let four = merged.get(style);
    if (!four) merged.set(style, (four = []));
    const k = (wrap.has(c) ? 2 : 0) + (tall ? 1 : 0);
    return (four[k] ??= cells.xf(style, { wrap: wrap.has(c) || style.wrap, top: tall || wrap.has(c) || style.top }));
  };
  // Rows are sized to their wrapped text on sheets that get printed; past 10,000 rows a sheet is filtered on screen. A
  // form is always sized: it is made to be printed, a page per person.
  const sized = (wrapList.length > 0 || sheet.fontSize !== undefined) && (sheet.rows.length <= SIZED_ROWS || sheet.form === true);
  for (let r = 0; r < sheet.rows.length; r++) {
    const values = sheet.rows[r];
    const height = sized ? rowHeight(sheet, values, wrapList) : null;
    const tall = height !== null;
    const own = byRow[r];
    const base = plain[tall ? 1 : 0];
    const excelRow = firstDataRow + r + 1;
    if (cells.gathered >= PIECE) yield cells.take();
    if (!own) cells.row(excelRow, values, (c) => base[c] ?? cells.xf(undefined, { top: tall }), () => false, height);
    else {
      const xfOf = (c: number): number => (own[c] ? mergedXf(own[c], c, tall) : base[c] ?? cells.xf(undefined, { top: tall }));
      cells.row(excelRow, values, xfOf, (c) => !!own[c]?.fill, height);
      for (let c = 0; c < own.length; c++) {
        const link = own[c]?.link;
        if (link) cells.link(excelRow, c, targetOf(link));
      }
    }
  }

  // Notes below the table, after one blank row.
  const notesHeight = sheet.fontSize ? lineHeight(sheet.fontSize) : null;
  (sheet.notes ?? []).forEach((line, i) => {
    const noteStyle = (c: number) => styleAt(sheet.notesStyles, i, c);
    cells.row(notesRow + i + 1, line, (c) => cells.xf(noteStyle(c)), (c) => !!noteStyle(c)?.fill, notesHeight);
    linksIn(line, i, sheet.notesStyles, notesRow + i + 1);
  });
  yield cells.take();
  yield '</sheetData>';

  const names: SheetNames = {};
  const q = quotedSheet(name);
  if (width > 0 && !sheet.form) {
    const ref = `A${headerRow}:${columnLetters(width)}${headerRow + sheet.rows.length}`;
    yield `<autoFilter ref="${ref}"/>`;
    names.filter = `${q}!$A$${headerRow}:$${columnLetters(width)}$${headerRow + sheet.rows.length}`;
  }
  if (cells.links.length > 0) {
    yield `<hyperlinks>${cells.links.map((l) => `<hyperlink ref="${l.ref}" location="${escapeAttr(`${quotedSheet(l.target)}!A1`)}" display="${escapeAttr(l.target)}"/>`).join('')}</hyperlinks>`;
  }
  const m = print?.margins ?? DEFAULT_MARGINS;
  yield `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  if (print) {
    yield `<pageSetup paperSize="${A4}" scale="100" orientation="${print.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="${print.fitToHeight ? 1 : 0}"/>`;
    // A form has no header row to repeat; each of its blocks carries its own title.
    const from = (print.titleRowsFrom ?? header0) + 1;
    const rows = sheet.form ? undefined : `${q}!$${from}:$${headerRow}`;
    const columns = print.titleColumns ? `${q}!$A:$${columnLetters(print.titleColumns)}` : undefined;
    const titles = [columns, rows].filter((t) => t !== undefined).join(',');
    if (titles) names.printTitles = titles;
    if (print.printColumns) names.printArea = `${q}!$A$1:$${columnLetters(print.printColumns)}$${Math.max(lastRow, 1)}`;
  }
  yield headerFooterXml(sheet);
  yield rowBreaksXml(sheet, firstDataRow, notesRow);
  if (options.drawingRel) yield `<drawing r:id="${options.drawingRel}"/>`;
  yield '</worksheet>';
  return names;
}

/**
 * A plain worksheet of values from A1, no styles (the very hidden record of the sheets the audit wrote).
 * @example plainSheetXml([['kind', 'name', 'value'], ['owned', 'Audit Summary', null]])
 */
export function plainSheetXml(rows: readonly (readonly OutputValue[])[]): string {
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetData>`;
  rows.forEach((row, r) => {
    let cells = '';
    row.forEach((v, c) => {
      const out = cellOut(v);
      if (out === null) return;
      const ref = `${columnLetters(c + 1)}${r + 1}`;
      if (typeof out === 'string') cells += `<c r="${ref}" t="inlineStr"><is><t${/^\s|\s$/.test(out) ? ' xml:space="preserve"' : ''}>${escapeText(out)}</t></is></c>`;
      else if (typeof out === 'boolean') cells += `<c r="${ref}" t="b"><v>${out ? 1 : 0}</v></c>`;
      else cells += `<c r="${ref}"><v>${out}</v></c>`;
    });
    if (cells) xml += `<row r="${r + 1}">${cells}</row>`;
  });
  return `${xml}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

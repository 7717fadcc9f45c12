/** A value written to an output cell. Strings are always literal text (never formulas). */
export type OutputValue = string | number | boolean | null;

/** Fill colours for the Skills Matrix / Status cells, as RGB hex without '#'. */
export interface CellStyle {
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  /** Excel number format, e.g. DATE_FORMAT on a date serial (a real Excel date). */
  numberFormat?: string;
  /** Long text wraps within the column instead of being cut off in print. */
  wrap?: boolean;
  /** A link to a sheet of this workbook (the Audit Summary's contents), by sheet name. */
  link?: string;
  italic?: boolean;
  /** Aligned to the top of its row (the rows that wrap grow, and their neighbours read from the top). */
  top?: boolean;
}

/** Dates are shown the way UK users write them (SPEC 4.2). */
export const DATE_FORMAT = 'dd/mm/yyyy';

/** A header or footer as Excel's three sections; codes such as &P (page), &N (pages) and &A (sheet name) are Excel's. */
export interface PageBand {
  left: string;
  center: string;
  right: string;
}

/** How a sheet prints on A4 (SPEC 4.2); both writers render it. */
export interface PrintSetup {
  landscape: boolean;
  /** One page wide (as many pages tall as needed). */
  fitToWidth: boolean;
  /** Also one page tall: the whole sheet on one page (the Audit Summary). */
  fitToHeight?: boolean;
  /** Columns repeated at the left of every page (Staff ID and Name on wide sheets), counted from column A. */
  titleColumns?: number;
  /** Rows repeated at the top of every page: from this 0-based sheet row to the header row (default: the header row). */
  titleRowsFrom?: number;
  /** Narrow margins in inches (Excel's "Narrow": 0.25 left/right, 0.75 top/bottom). */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  header?: PageBand;
  footer?: PageBand;
  /** A page break before the notes, so a chart below the table is not split across pages. */
  breakBeforeNotes?: boolean;
  /** Data rows (0-based, in rows) that start a new page: manual page breaks above them (Personal Plans: a page per person). */
  rowBreaks?: readonly number[];
  /** The printed area's width in columns, when cells to the right (a chart's data) should not print. */
  printColumns?: number;
}

/** A range of cells on the sheet, 0-based sheet rows and columns (preamble, header and data rows all count). */
export interface SheetRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** One series of a chart: its name, its values, and optionally a colour per point (hex without '#'). */
export interface ChartSeries {
  name: string;
  values: SheetRange;
  color?: string;
  pointColors?: string[];
}

/** A native chart on an output sheet (SPEC 4.2), drawn by both writers from the sheet's own cells. */
export interface OutputChart {
  kind: 'column' | 'bar' | 'line';
  title: string;
  categories: SheetRange;
  series: ChartSeries[];
  /** Where it sits: top-left cell and the cell past its bottom-right corner (0-based sheet rows and columns). */
  anchor: { from: { row: number; column: number }; to: { row: number; column: number } };
  valueAxisTitle?: string;
  /** Appended sheets (Audit History): the ranges grow to the last row of the table; drawn only from this many rows. */
  growsWithTable?: { minRows: number };
  /** Value axis maximum (e.g. 100 for percentages). */
  max?: number;
}

/** One output sheet as data (SPEC 4): built by core, written by the xlsx and Excel adapters alike. */
export interface OutputSheet {
  name: string;
  /** Lines above the table (the Audit Summary header block); each is a row of cells. */
  preamble: OutputValue[][];
  headers: string[];
  rows: OutputValue[][];
  /** Styles by styleKey(row index in rows, column index), sparse. Read-only: big sheets hand over a StyleGrid, not a Map. */
  styles?: ReadonlyMap<string, CellStyle>;
  columnWidths?: number[];
  /** How the sheet prints (SPEC 4.2). */
  print?: PrintSetup;
  /** Styles of the preamble cells, by styleKey(preamble row, column). */
  preambleStyles?: ReadonlyMap<string, CellStyle>;
  /** Data columns whose long text wraps. */
  wrapColumns?: readonly number[];
  /** Lines below the table after one blank row (a key, the full titles of the sources). */
  notes?: OutputValue[][];
  /** Styles of the notes cells, by styleKey(notes row, column). */
  notesStyles?: ReadonlyMap<string, CellStyle>;
  charts?: OutputChart[];
  /** Font size in points of every cell, when not Excel's 11 (the Audit Summary is set for one page). */
  fontSize?: number;
  /** Tab colour, hex without '#': every output sheet carries the same one (SPEC 4.2). */
  tabColor?: string;
  /** Audit History is appended to, never replaced. */
  append?: boolean;
  /**
   * A printed form, not a table (Personal Plans): no header row, filter, frozen panes or print titles; the rows start
   * at the top of the sheet. `headers` are blank and only count its columns.
   */
  form?: boolean;
  /**
   * Its builder made the product's text plain itself (plainText), so presentSheets does not go over every cell again
   * (Training Needs: about 180,000 rows at 10,000 staff). presentSheets drops the mark.
   */
  madePlain?: boolean;
}

/** Key for OutputSheet.styles. */
export function styleKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** A styles map that can also hand out its cells as numbers (StyleGrid does). */
interface CellWalker {
  forEachCell(callback: (row: number, column: number, style: CellStyle) => void): void;
}

/**
 * Calls back for each styled cell of a sheet with its data-row and column numbers (0-based), in the map's order;
 * a key that is not "row:column" is skipped.
 * @example eachStyledCell(sheet, (row, column, style) => fills.push([row, column, style.fill]))
 */
export function eachStyledCell(sheet: OutputSheet, callback: (row: number, column: number, style: CellStyle) => void): void {
  const styles = sheet.styles;
  if (!styles) return;
  if (typeof (styles as Partial<CellWalker>).forEachCell === 'function') {
    (styles as unknown as CellWalker).forEachCell(callback);
    return;
  }
  for (const [key, style] of styles) {
    const at = key.indexOf(':');
    const row = Number(key.slice(0, at));
    const column = Number(key.slice(at + 1));
    if (at < 0 || !Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0) continue;
    callback(row, column, style);
  }
}

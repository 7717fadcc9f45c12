/** A value written to an output cell. Strings are always literal text (never formulas). */
export type OutputValue = string | number | boolean | null;

/** Fill colours for the Skills Matrix / Status cells, as RGB hex without '#'. */
export interface CellStyle {
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  numberFormat?: string;
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
  /** Print setup hints: landscape, fit to one page wide, repeat the header row. */
  print?: { landscape: boolean; fitToWidth: boolean };
  /** Audit History is appended to, never replaced. */
  append?: boolean;
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

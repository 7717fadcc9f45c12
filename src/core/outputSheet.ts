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

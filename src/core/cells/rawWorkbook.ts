import type { CellValue } from './cellValue';

/** A rectangular block of cells from one sheet; rows[0][0] is at Excel row `firstRow`, column `firstColumn` (both 1-based). */
export interface RawSheet {
  name: string;
  firstRow: number;
  firstColumn: number;
  rows: CellValue[][];
  /** Merged ranges in A1 notation ("B3:C3"), when the adapter can see them. */
  merges?: string[];
  /** Excel tables on the sheet: name and A1 range including the header row. */
  tables?: { name: string; ref: string }[];
}

/** The workbook as core sees it: sheets of plain values. Adapters build it; core never mutates it. */
export interface RawWorkbook {
  sheets: RawSheet[];
}

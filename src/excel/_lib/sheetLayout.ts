import type { OutputSheet } from '../../core/sheets/outputSheet';
import { sheetRows } from '../../core/sheets/sheetRows';

/** Where an output sheet's parts go (0-based rows): preamble from row 0, a blank row, the header row (not on a form), then the data. */
export interface SheetLayout {
  headerRow: number;
  firstDataRow: number;
  width: number;
}

/**
 * The layout of one output sheet.
 * @example sheetLayout({ preamble: [['Org', 'X']], headers: ['A', 'B', 'C'], rows: [], name: 'S' }) // { headerRow: 2, firstDataRow: 3, width: 3 }
 */
export function sheetLayout(sheet: OutputSheet): SheetLayout {
  let width = sheet.headers.length;
  for (const row of sheet.preamble) width = Math.max(width, row.length);
  for (const row of sheet.rows) width = Math.max(width, row.length);
  const { headerRow, firstDataRow } = sheetRows(sheet);
  return { headerRow, firstDataRow, width: Math.max(1, width) };
}

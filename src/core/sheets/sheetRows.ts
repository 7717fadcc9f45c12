import type { OutputSheet } from './outputSheet';

/** Where an output sheet's parts sit, as 0-based sheet rows: both writers lay sheets out this way. */
export interface SheetRows {
  headerRow: number;
  firstDataRow: number;
  /** First row of the notes below the table (after one blank row). */
  notesRow: number;
}

/**
 * The rows of a sheet's parts: the preamble from row 0 and a blank row, the header, the data, a blank row, the notes.
 * A form has no header row: its data start where the header would be.
 * @example sheetRows({ name: 'S', preamble: [['Org', 'X']], headers: ['A'], rows: [['a'], ['b']] }) // { headerRow: 2, firstDataRow: 3, notesRow: 6 }
 */
export function sheetRows(sheet: Pick<OutputSheet, 'preamble' | 'rows'> & Partial<Pick<OutputSheet, 'form'>>): SheetRows {
  const headerRow = sheet.preamble.length > 0 ? sheet.preamble.length + 1 : 0;
  const firstDataRow = sheet.form ? headerRow : headerRow + 1;
  return { headerRow, firstDataRow, notesRow: firstDataRow + sheet.rows.length + 1 };
}

import type { OutputSheet } from '../../core/sheets/outputSheet';
import { sheetRows } from '../../core/sheets/sheetRows';
import type { ValueAt } from './chartParts';

/**
 * The value an output sheet puts in a cell (0-based sheet row and column): preamble, header, data or notes.
 * @example valueAtOf(summary)(4, 0) // 'Green'
 */
export function valueAtOf(sheet: OutputSheet): ValueAt {
  const { headerRow, firstDataRow, notesRow } = sheetRows(sheet);
  return (row, column) => {
    if (row < sheet.preamble.length) return sheet.preamble[row][column];
    if (row === headerRow && !sheet.form) return sheet.headers[column];
    if (row >= firstDataRow && row < firstDataRow + sheet.rows.length) return sheet.rows[row - firstDataRow][column];
    if (sheet.notes && row >= notesRow) return sheet.notes[row - notesRow]?.[column];
    return null;
  };
}

import type { OutputSheet } from '../../core/sheets/outputSheet';
import { sheetRows } from '../../core/sheets/sheetRows';

/**
 * The last 1-based row an output sheet fills: the table, or the notes below it.
 * @example lastRowOf(summary) // 40
 */
export function lastRowOf(sheet: OutputSheet): number {
  const rows = sheetRows(sheet);
  return sheet.notes && sheet.notes.length > 0 ? rows.notesRow + sheet.notes.length : rows.firstDataRow + sheet.rows.length;
}

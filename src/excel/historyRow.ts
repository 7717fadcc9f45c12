import type { OutputSheet } from '../core/sheets/outputSheet';
import { excelDate } from '../core/sheets/excelDate';

/** An audit date as a day number, however it was stored (serial, ISO or dd/mm/yyyy text). */
function dayOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.floor(v);
  if (typeof v !== 'string') return null;
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v.trim());
  const serial = excelDate(uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : v.trim().slice(0, 10));
  return serial === null ? null : Math.floor(serial);
}

/**
 * Where an appended sheet's new row goes (0-based sheet row): over the row with the same audit date when the history has
 * one (a re-run for that date replaces its row, SPEC 4), else under the last row. `used` is the sheet's used range with
 * its values loaded. Also says how many data rows the history then has.
 * @example appendRowAt({ rowIndex: 0, rowCount: 3, values: [['Audit date'], [46266], [46296]] }, history) // { row: 1, dataRows: 2 } for 01/09/2026
 */
export function appendRowAt(used: { rowIndex: number; rowCount: number; values: unknown[][] },
  sheet: OutputSheet): { row: number; dataRows: number } {
  const end = used.rowIndex + used.rowCount;
  const want = sheet.rows.length === 1 ? dayOf(sheet.rows[0][0]) : null;
  const existingRows = Math.max(0, end - 1);
  if (want !== null) {
    // Row 0 of the used range is the header; data rows follow.
    for (let i = 1; i < used.values.length; i++) if (dayOf(used.values[i]?.[0]) === want) return { row: used.rowIndex + i,
      dataRows: existingRows };
  }
  return { row: end, dataRows: existingRows + sheet.rows.length };
}

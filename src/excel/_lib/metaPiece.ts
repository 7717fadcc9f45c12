import { ownershipRows, type OwnershipRecord } from '../../core/sheets/ownershipRecord';
import { META_SHEET } from '../../core/sheets/planOutputSheets';
import type { XlContext } from '../excelApi';
import { rowBytes } from './jsonBytes';
import { textFormatMask } from './literalText';
import type { BatchPiece } from './syncBatch';

/**
 * Writes the ownership record to the very hidden meta sheet, creating it when missing; rows left over from a longer
 * record are blanked. previousRows is the meta sheet's used row count, or null when it does not exist.
 * @example metaPiece(context, { owned: ['Audit Summary'], saved: {} }, null)
 */
export function metaPiece(context: XlContext, record: OwnershipRecord, previousRows: number | null): BatchPiece {
  const rows: (string | null)[][] = ownershipRows(record).map((r) => r.map((v) => v ?? ''));
  for (let i = rows.length; i < (previousRows ?? 0); i++) rows.push(['', '', '']);
  const mask = textFormatMask(rows, 3);
  let bytes = 200;
  for (const row of rows) bytes += 2 * rowBytes(row);
  return {
    bytes,
    queue() {
      const { worksheets } = context.workbook;
      const ws = previousRows === null ? worksheets.add(META_SHEET) : worksheets.getItem(META_SHEET);
      // Very hidden: not listed in Unhide, so users do not edit it by accident; the add-in and the CLI read it.
      if (previousRows === null) ws.visibility = 'VeryHidden';
      const range = ws.getRangeByIndexes(0, 0, rows.length, 3);
      if (mask) range.numberFormat = mask;
      range.values = rows;
    },
  };
}

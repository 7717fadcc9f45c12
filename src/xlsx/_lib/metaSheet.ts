import type ExcelJS from 'exceljs';
import { META_SHEET, ownershipRows, readOwnershipRecord, type OwnershipRecord } from '../../core/sheets/ownershipRecord';
import { rawSheetOf } from './rawSheetOf';
import { putRow } from './fillSheet';

/**
 * The ownership record stored in the workbook's meta sheet (empty when there is none).
 * @example readMeta(workbook) // { owned: ['Audit Summary'], saved: {} }
 */
export function readMeta(workbook: ExcelJS.Workbook): OwnershipRecord {
  const ws = workbook.getWorksheet(META_SHEET);
  if (!ws) return readOwnershipRecord(null);
  const sheet = rawSheetOf(ws);
  return readOwnershipRecord(sheet.rows.map((row) => [...new Array(sheet.firstColumn - 1).fill(null), ...row]));
}

/**
 * Rewrites the meta sheet, very hidden (not listed in Excel's Unhide dialog), as the workbook's last sheet.
 * @example writeMeta(workbook, { owned: ['Audit Summary'], saved: {} })
 */
export function writeMeta(workbook: ExcelJS.Workbook, record: OwnershipRecord): void {
  const old = workbook.getWorksheet(META_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ownershipRows(record).forEach((row, i) => putRow(ws, i + 1, row));
}

import type { CellValue } from '../core/cells/cellValue';
import { readOwnershipRecord } from '../core/sheets/ownershipRecord';
import { META_SHEET } from '../core/sheets/planOutputSheets';
import type { XlContext } from './excelApi';
import { fromExcelValue } from './_lib/fromExcelValue';
import { metaPiece } from './_lib/metaPiece';

/**
 * Stores settings (the pane's column mapping, organisation, ...) in the workbook's meta sheet, keeping the rest of
 * the record; an empty value removes the key. Three syncs (two when there is no meta sheet yet): find the meta sheet,
 * read the record, write it back. Nothing is chained on a sheet that may not exist.
 * @example await saveSettings(context, { organisation: 'Northgate College' })
 */
export async function saveSettings(context: XlContext, entries: Record<string, string>): Promise<Record<string, string>> {
  const ws = context.workbook.worksheets.getItemOrNullObject(META_SHEET);
  await context.sync();
  let rows: number | null = null;
  let record = readOwnershipRecord(null);
  if (!ws.isNullObject) {
    const used = context.workbook.worksheets.getItem(META_SHEET).getUsedRangeOrNullObject(true);
    used.load('values,rowCount');
    await context.sync();
    rows = used.isNullObject ? 0 : used.rowCount;
    record = readOwnershipRecord(used.isNullObject ? null : (used.values as CellValue[][]).map((r) => r.map(fromExcelValue)));
  }
  for (const [key, value] of Object.entries(entries)) {
    if (value === '') delete record.saved[key];
    else record.saved[key] = value;
  }
  metaPiece(context, record, rows).queue();
  await context.sync();
  return record.saved;
}

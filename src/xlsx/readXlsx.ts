import * as path from 'path';
import type ExcelJS from 'exceljs';
import type { RawWorkbook } from '../core/cells/rawWorkbook';
import { META_SHEET, readOwnershipRecord, type OwnershipRecord } from '../core/sheets/ownershipRecord';
import { loadWorkbook, readBytes } from './_lib/loadWorkbook';
import { rawSheetOf, SheetTooLargeError } from './_lib/rawSheetOf';
import { WorkbookReadError } from './workbookReadError';

export { WorkbookReadError, type WorkbookReadErrorKind } from './workbookReadError';

/** A workbook as read: the user's sheets for core, our meta sheet's record, and the loaded exceljs workbook (reuse it to write). */
export interface WorkbookRead {
  raw: RawWorkbook;
  meta: OwnershipRecord;
  workbook: ExcelJS.Workbook;
}

/**
 * Splits a loaded workbook into the user's sheets (as plain values) and the meta sheet's ownership record.
 * @example workbookToRaw(workbook).raw.sheets.map((s) => s.name) // ['LSA Team', 'PDP']
 */
export function workbookToRaw(workbook: ExcelJS.Workbook): { raw: RawWorkbook; meta: OwnershipRecord } {
  const metaSheet = workbook.worksheets.find((ws) => ws.name === META_SHEET);
  const sheets = workbook.worksheets.filter((ws) => ws !== metaSheet).map(rawSheetOf);
  const meta = readOwnershipRecord(metaSheet ? metaRows(metaSheet) : null);
  return { raw: { sheets }, meta };
}

function metaRows(ws: ExcelJS.Worksheet) {
  const sheet = rawSheetOf(ws);
  // readOwnershipRecord reads columns A-C; re-align if the block does not start in column A.
  return sheet.rows.map((row) => [...new Array(sheet.firstColumn - 1).fill(null), ...row]);
}

/**
 * Reads a workbook file with every failure classified as a WorkbookReadError (missing, unreadable, not-xlsx, legacy-xls, encrypted,
 * corrupt, too-large, zip-bomb).
 * @example const { raw, meta } = await readWorkbookFile('team.xlsx')
 */
export async function readWorkbookFile(file: string): Promise<WorkbookRead> {
  const workbook = await loadWorkbook(await readBytes(file), path.basename(file));
  return { ...boundedRaw(workbook, path.basename(file)), workbook };
}

/** workbookToRaw with a sheet too large for memory reported as a WorkbookReadError. */
function boundedRaw(workbook: ExcelJS.Workbook, source: string): { raw: RawWorkbook; meta: OwnershipRecord } {
  try {
    return workbookToRaw(workbook);
  } catch (err) {
    if (err instanceof SheetTooLargeError) throw new WorkbookReadError('too-large', source, { cause: err });
    throw err;
  }
}

/**
 * Reads the user's sheets of an .xlsx (path or bytes) as plain values; the meta sheet is left out.
 * @example const raw = await readXlsx(fs.readFileSync('team.xlsx'))
 */
export async function readXlsx(input: string | Buffer): Promise<RawWorkbook> {
  if (typeof input === 'string') return (await readWorkbookFile(input)).raw;
  return boundedRaw(await loadWorkbook(input, 'workbook'), 'workbook').raw;
}

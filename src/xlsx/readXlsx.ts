import * as path from 'path';
import type { RawWorkbook } from '../core/cells/rawWorkbook';
import type { OwnershipRecord } from '../core/sheets/ownershipRecord';
import { loadWorkbook, readBytes } from './_lib/loadWorkbook';

export { WorkbookReadError, type WorkbookReadErrorKind } from './workbookReadError';

/** A workbook as read: the user's sheets for core, and our meta sheet's record. */
export interface WorkbookRead {
  raw: RawWorkbook;
  meta: OwnershipRecord;
}

/**
 * Reads a workbook file with every failure classified as a WorkbookReadError (missing, unreadable, not-xlsx,
 * legacy-xls, encrypted, corrupt, too-large, zip-bomb).
 * Only the parts the audit needs are read, row by row (SPEC 9.4); `skipOwned` leaves the audit's own output sheets unread.
 * @example const { raw, meta } = await readWorkbookFile('team.xlsx')
 */
export async function readWorkbookFile(file: string, options: { skipOwned?: boolean } = {}): Promise<WorkbookRead> {
  return loadWorkbook(await readBytes(file), path.basename(file), options);
}

/**
 * Reads the user's sheets of an .xlsx (path or bytes) as plain values; the meta sheet is left out.
 * @example const raw = await readXlsx(fs.readFileSync('team.xlsx'))
 */
export async function readXlsx(input: string | Buffer): Promise<RawWorkbook> {
  if (typeof input === 'string') return (await readWorkbookFile(input)).raw;
  return (await loadWorkbook(input, 'workbook')).raw;
}

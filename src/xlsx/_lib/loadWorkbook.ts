import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { WorkbookReadError } from '../workbookReadError';
import { zipGuard } from './zipGuard';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An Office file saved with a password is an OLE container holding this stream (name stored as UTF-16LE).
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Reads a file's bytes, turning file-system failures into WorkbookReadError.
 * @example await readBytes('missing.xlsx') // throws WorkbookReadError with kind 'missing'
 */
export async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', path.basename(file), { cause: err });
  }
}

/**
 * Loads xlsx bytes into exceljs, classifying what is not a readable workbook before exceljs sees it.
 * @example await loadWorkbook(Buffer.from('a,b'), 'team.csv') // throws WorkbookReadError with kind 'not-xlsx'
 */
export async function loadWorkbook(bytes: Buffer, source: string): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, OLE)) {
    throw new WorkbookReadError(bytes.includes(ENCRYPTED_STREAM) ? 'encrypted' : 'legacy-xls', source);
  }
  if (!startsWith(bytes, ZIP)) throw new WorkbookReadError('not-xlsx', source);
  // Memory is bounded here, before exceljs inflates anything (zip bombs, workbooks too large to hold).
  await zipGuard(bytes, source);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookReadError('corrupt', source, { cause: err });
  }
  // A zip without a workbook part (a .docx, a plain archive) loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0) throw new WorkbookReadError('not-xlsx', source);
  return workbook;
}

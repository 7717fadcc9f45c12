import { promises as fs } from 'fs';
import * as path from 'path';
import type { RawWorkbook } from '../../core/cells/rawWorkbook';
import type { OwnershipRecord } from '../../core/sheets/ownershipRecord';
import { WorkbookReadError } from '../workbookReadError';
import { PackageParts } from './packageParts';
import { SheetTooLargeError } from './sheetLimits';
import { NotAWorkbookError, partsRead, readPackage } from './readPackage';
import { ZipFormatError } from './zipEntries';
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

/** Refuses what is not a zip workbook before any part is read: an old .xls, a password-protected file, text. */
function checkKind(bytes: Buffer, source: string): void {
  if (startsWith(bytes, OLE)) {
    throw new WorkbookReadError(bytes.includes(ENCRYPTED_STREAM) ? 'encrypted' : 'legacy-xls', source);
  }
  if (!startsWith(bytes, ZIP)) throw new WorkbookReadError('not-xlsx', source);
}

/**
 * Reads the sheets the audit needs from .xlsx/.xlsm bytes (readPackage), classifying every failure: not a workbook, an
 * old .xls, encrypted, corrupt, a zip bomb, too large for memory. The size guards count the parts that are read.
 * @example const { raw, meta } = await loadWorkbook(fs.readFileSync('team.xlsx'), 'team.xlsx')
 */
export async function loadWorkbook(bytes: Buffer, source: string,
    options: { skipOwned?: boolean } = {}): Promise<{ raw: RawWorkbook; meta: OwnershipRecord }> {
  checkKind(bytes, source);
  let pkg: PackageParts;
  let read: Set<string>;
  try {
    pkg = new PackageParts(bytes);
    // The directory's declared sizes and ratios are judged before a byte of any part is inflated.
    await zipGuard(bytes, source, undefined, (name) => !/^xl\/worksheets\//i.test(name) && !/\.(png|jpe?g|gif|emf|wmf|bin|tiff?)$/i.test(name));
    read = new Set(partsRead(pkg).map((n) => n.toLowerCase()));
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    if (err instanceof NotAWorkbookError) throw new WorkbookReadError('not-xlsx', source, { cause: err });
    throw new WorkbookReadError('corrupt', source, { cause: err });
  }
  await zipGuard(bytes, source, undefined, (name) => read.has(name.toLowerCase()));
  try {
    return await readPackage(pkg, options);
  } catch (err) {
    if (err instanceof SheetTooLargeError) throw new WorkbookReadError('too-large', source, { cause: err });
    if (err instanceof NotAWorkbookError) throw new WorkbookReadError('not-xlsx', source, { cause: err });
    if (err instanceof ZipFormatError || err instanceof RangeError || (err as { code?: string }).code?.startsWith('Z_')) throw new WorkbookReadError('corrupt', source, { cause: err });
    throw err;
  }
}

import * as path from 'path';
import type { OutputSheet } from '../core/sheets/outputSheet';
import type { RawWorkbook } from '../core/cells/rawWorkbook';
import type { OwnershipRecord } from '../core/sheets/ownershipRecord';
import { atomicWrite } from './_lib/atomicWrite';
import { writeAuditPackage, type AuditPackageInput, type WrittenSheet } from './_lib/auditPackage';
import { basePackage } from './_lib/basePackage';
import { readBytes } from './_lib/loadWorkbook';
import { outputTooLarge } from './_lib/outputMemory';
import { readWorkbookFile } from './readXlsx';
import { WorkbookWriteError } from './workbookWriteError';

export { WorkbookWriteError, type WorkbookWriteErrorKind } from './workbookWriteError';

export type { WrittenSheet };

export interface WriteOptions {
  /** Settings to remember in the meta sheet (e.g. the confirmed column mapping), merged over those already saved. */
  saved?: Record<string, string>;
}

/** The input as read, for the writer: the record of earlier runs and the sheets (Audit History's earlier rows). */
export interface ReadForWrite {
  raw: RawWorkbook;
  meta: OwnershipRecord;
}

const isCsv = (file: string) => ['.csv', '.txt'].includes(path.extname(file).toLowerCase());

/**
 * What the writer needs of the input as read: the record of earlier runs and, of an .xlsx, only the sheets an earlier
 * run wrote (Audit History grows from its own rows); a CSV's table is the copy's base, so it is kept whole. Handed over
 * before the audit runs, the rest of the input's cells can be collected (about 30 MB of heap at 10,000 staff, measured).
 * @example const forWrite = readForWrite(read, 'team.xlsx'); forWrite.raw.sheets // [] on a first run
 */
export function readForWrite(read: ReadForWrite, inputPath: string): ReadForWrite {
  if (isCsv(inputPath)) return read;
  const owned = new Set(read.meta.owned.map((n) => n.toLowerCase()));
  return { meta: read.meta, raw: { ...read.raw, sheets: read.raw.sheets.filter((s) => owned.has(s.name.toLowerCase())) } };
}

function refuseTooLarge(sheets: readonly OutputSheet[], outputPath: string): void {
  const tooLarge = outputTooLarge(sheets);
  if (tooLarge) throw new WorkbookWriteError('too-large', path.basename(outputPath), { cause: new Error(tooLarge) });
}

async function writePackage(
  base: Buffer, outputPath: string, sheets: readonly OutputSheet[], input: AuditPackageInput,
): Promise<WrittenSheet[]> {
  let written: WrittenSheet[] = [];
  try {
    await atomicWrite(outputPath, async (temp) => {
      written = await writeAuditPackage(base, temp, sheets, input);
    });
  } catch (err) {
    throw new WorkbookWriteError('write-failed', path.basename(outputPath), { cause: err });
  }
  return written;
}

/**
 * Writes a copy of the input workbook with the output sheets added; the input file is never written, the output appears
 * whole or not at all. The copy is made at the package level (SPEC 9.4): every part of the input the audit does not own
 * is copied byte for byte, and the output sheets are streamed into it row by row. A CSV input becomes a new workbook
 * holding its table. `read` is the input as already read (the CLI's); without it the input is read here.
 * @example const { written } = await writeAuditWorkbook('team.xlsx', 'team-audit.xlsx', sheets)
 */
export async function writeAuditWorkbook(
  inputPath: string,
  outputPath: string,
  sheets: readonly OutputSheet[],
  options: WriteOptions & { read?: ReadForWrite } = {},
): Promise<{ written: WrittenSheet[] }> {
  if (path.resolve(inputPath) === path.resolve(outputPath)) throw new WorkbookWriteError('same-as-input', path.basename(outputPath));
  // Checked before a byte is written: a refusal writes nothing.
  refuseTooLarge(sheets, outputPath);
  const read = options.read ?? (await readWorkbookFile(inputPath));
  const base = isCsv(inputPath)
    ? basePackage(read.raw.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? null : v))) })))
    : await readBytes(inputPath);
  const written = await writePackage(base, outputPath, sheets, { meta: read.meta, sheets: read.raw.sheets, saved: options.saved });
  return { written };
}

/**
 * Writes output sheets into a new workbook of their own (the group audit's), whole or not at all.
 * @example await writeNewWorkbook('group.xlsx', [groupSummary])
 */
export async function writeNewWorkbook(outputPath: string, sheets: readonly OutputSheet[]): Promise<{ written: WrittenSheet[] }> {
  refuseTooLarge(sheets, outputPath);
  const written = await writePackage(basePackage([]), outputPath, sheets, { meta: { owned: [], saved: {} }, sheets: [] });
  return { written };
}

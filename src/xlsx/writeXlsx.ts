import * as path from 'path';
import ExcelJS from 'exceljs';
import type { OutputSheet } from '../core/sheets/outputSheet';
import { META_SHEET, planOutputSheets, type SheetPlan } from '../core/sheets/planOutputSheets';
import { appendToSheet } from './_lib/appendToSheet';
import type { RawWorkbook } from '../core/cells/rawWorkbook';
import type { OwnershipRecord } from '../core/sheets/ownershipRecord';
import { atomicWrite } from './_lib/atomicWrite';
import { writeAuditPackage, type AuditPackageInput, type WrittenSheet } from './_lib/auditPackage';
import { basePackage } from './_lib/basePackage';
import { fillSheet } from './_lib/fillSheet';
import { readBytes } from './_lib/loadWorkbook';
import { readMeta, writeMeta } from './_lib/metaSheet';
import { outputTooLarge } from './_lib/outputMemory';
import { readWorkbookFile } from './readXlsx';
import { WorkbookWriteError } from './workbookWriteError';

export { WorkbookWriteError, type WorkbookWriteErrorKind } from './workbookWriteError';

export type { WrittenSheet };

export interface WriteOptions {
  /** Settings to remember in the meta sheet (e.g. the confirmed column mapping), merged over those already saved. */
  saved?: Record<string, string>;
}

const lower = (s: string) => s.toLowerCase();

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => lower(ws.name) === lower(name));
}

/** Fills a new, empty worksheet with an output sheet (or marks it to be streamed) and returns the rows written. */
type Fill = (ws: ExcelJS.Worksheet, sheet: OutputSheet) => number;

function writeOne(workbook: ExcelJS.Workbook, sheet: OutputSheet, plan: SheetPlan, fill: Fill): number {
  const old = sheetNamed(workbook, plan.target);
  // Audit History stays small (a row per run): appended in memory, then copied like any other sheet.
  if (plan.action === 'append' && old) return appendToSheet(old, sheet);
  let orderNo: number | undefined;
  if (old) {
    // Only sheets we wrote before reach here (planOutputSheets never targets a user's sheet); keep their tab position.
    orderNo = (old as unknown as { orderNo: number }).orderNo;
    workbook.removeWorksheet(old.id);
  }
  const ws = workbook.addWorksheet(plan.target);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return fill(ws, sheet);
}

/**
 * Writes output sheets into a loaded workbook: a user's sheet is never touched, our own are replaced (or appended to), the meta sheet records them.
 * @example writeSheets(workbook, [skillsMatrix]) // [{ output: 'Skills Matrix', target: 'Skills Matrix (2)', rows: 26, renamed: true, action: 'create' }]
 */
export function writeSheets(workbook: ExcelJS.Workbook, sheets: readonly OutputSheet[], options: WriteOptions = {}): WrittenSheet[] {
  return placeSheets(workbook, sheets, options, fillSheet);
}

function placeSheets(workbook: ExcelJS.Workbook, sheets: readonly OutputSheet[], options: WriteOptions, fill: Fill): WrittenSheet[] {
  const meta = readMeta(workbook);
  const existing = workbook.worksheets.map((ws) => ws.name).filter((n) => n !== META_SHEET);
  const appendOnly = new Set(sheets.filter((s) => s.append).map((s) => s.name));
  const plans = planOutputSheets(existing, meta.owned, sheets.map((s) => s.name), appendOnly);
  const written = plans.map((plan, i): WrittenSheet => ({ ...plan, rows: writeOne(workbook, sheets[i], plan, fill) }));
  const present = new Set(workbook.worksheets.map((ws) => lower(ws.name)));
  const targets = new Set(written.map((w) => lower(w.target)));
  // Forget sheets the user has deleted, so a sheet they later create with that name is never taken for ours.
  const owned = [...meta.owned.filter((n) => present.has(lower(n)) && !targets.has(lower(n))), ...written.map((w) => w.target)];
  writeMeta(workbook, { owned, saved: { ...meta.saved, ...options.saved } });
  return written;
}

/** The input as read, for the writer: the record of earlier runs and the sheets (Audit History's earlier rows). */
export interface ReadForWrite {
  raw: RawWorkbook;
  meta: OwnershipRecord;
}

function refuseTooLarge(sheets: readonly OutputSheet[], outputPath: string): void {
  const tooLarge = outputTooLarge(sheets);
  if (tooLarge) throw new WorkbookWriteError('too-large', path.basename(outputPath), { cause: new Error(tooLarge) });
}

async function writePackage(base: Buffer, outputPath: string, sheets: readonly OutputSheet[], input: AuditPackageInput): Promise<WrittenSheet[]> {
  let written: WrittenSheet[] = [];
  try {
    await atomicWrite(outputPath, async (temp) => {
      written = writeAuditPackage(base, temp, sheets, input);
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
  const ext = path.extname(inputPath).toLowerCase();
  const base = ext === '.csv' || ext === '.txt'
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

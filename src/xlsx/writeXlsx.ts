import * as path from 'path';
import ExcelJS from 'exceljs';
import type { OutputSheet } from '../core/sheets/outputSheet';
import { META_SHEET, planOutputSheets, type SheetPlan } from '../core/sheets/planOutputSheets';
import { appendToSheet } from './_lib/appendToSheet';
import { atomicWrite } from './_lib/atomicWrite';
import { fillSheet } from './_lib/fillSheet';
import { loadWorkbook, readBytes } from './_lib/loadWorkbook';
import { readMeta, writeMeta } from './_lib/metaSheet';
import { outputTooLarge } from './_lib/outputMemory';
import { streamWorkbook } from './_lib/streamWorkbook';
import { WorkbookWriteError } from './workbookWriteError';

export { WorkbookWriteError, type WorkbookWriteErrorKind } from './workbookWriteError';

/** What happened to one output sheet. */
export interface WrittenSheet {
  output: string;
  target: string;
  rows: number;
  renamed: boolean;
  action: SheetPlan['action'];
}

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
 * Writes output sheets into a loaded workbook: a user's sheet is never touched, our own are replaced (or appended to), the meta sheet
 * records them.
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

/**
 * Writes a copy of the input workbook with the output sheets added; the input file is never written, the output appears whole or not at
 * all. The output is streamed row by row (memory stays flat however many rows the audit writes); the loaded workbook is left
 * with empty placeholders where the streamed sheets went.
 * @example const { written } = await writeAuditWorkbook('team.xlsx', 'team-audit.xlsx', sheets)
 */
export async function writeAuditWorkbook(
  inputPath: string,
  outputPath: string,
  sheets: readonly OutputSheet[],
  options: WriteOptions & { workbook?: ExcelJS.Workbook } = {},
): Promise<{ written: WrittenSheet[] }> {
  if (path.resolve(inputPath) === path.resolve(outputPath)) throw new WorkbookWriteError('same-as-input', path.basename(outputPath));
  const workbook = options.workbook ?? (await loadWorkbook(await readBytes(inputPath), path.basename(inputPath)));
  // Checked before a single cell is added: a refusal leaves the loaded workbook as it was and writes nothing.
  const tooLarge = outputTooLarge(sheets);
  if (tooLarge) throw new WorkbookWriteError('too-large', path.basename(outputPath), { cause: new Error(tooLarge) });
  // Output sheets get an empty placeholder in the loaded workbook (keeping tab order and ownership), and are streamed in its place.
  const streamed = new Map<ExcelJS.Worksheet, OutputSheet>();
  const written = placeSheets(workbook, sheets, options, (ws, sheet) => {
    streamed.set(ws, sheet);
    return sheet.rows.length;
  });
  const targets = new Map(written.map((w) => [w.output, w.target]));
  const targetOf = (output: string): string => targets.get(output) ?? output;
  // Appended sheets stay in memory and are copied; their charts are drawn over all their rows.
  const copied = new Map<ExcelJS.Worksheet, OutputSheet>();
  written.forEach((w, i) => {
    const ws = sheetNamed(workbook, w.target);
    if (ws && !streamed.has(ws) && sheets[i].charts?.length) copied.set(ws, sheets[i]);
  });
  // The workbook opens on the Audit Summary (SPEC 4.2).
  const summary = written.find((w) => w.output === 'Audit Summary');
  const active = summary ? sheetNamed(workbook, summary.target) : undefined;
  try {
    await atomicWrite(outputPath, (temp) => streamWorkbook(workbook, streamed, temp, { active, targetOf, copied }));
  } catch (err) {
    throw new WorkbookWriteError('write-failed', path.basename(outputPath), { cause: err });
  }
  return { written };
}

/**
 * Writes output sheets into a new workbook of their own (the group audit's), whole or not at all.
 * @example await writeNewWorkbook('group.xlsx', [groupSummary])
 */
export async function writeNewWorkbook(outputPath: string, sheets: readonly OutputSheet[]): Promise<{ written: WrittenSheet[] }> {
  const workbook = new ExcelJS.Workbook();
  const tooLarge = outputTooLarge(sheets);
  if (tooLarge) throw new WorkbookWriteError('too-large', path.basename(outputPath), { cause: new Error(tooLarge) });
  const streamed = new Map<ExcelJS.Worksheet, OutputSheet>();
  const written = placeSheets(workbook, sheets, {}, (ws, sheet) => {
    streamed.set(ws, sheet);
    return sheet.rows.length;
  });
  try {
    await atomicWrite(outputPath, (temp) => streamWorkbook(workbook, streamed, temp));
  } catch (err) {
    throw new WorkbookWriteError('write-failed', path.basename(outputPath), { cause: err });
  }
  return { written };
}

import type { CellValue } from '../core/cellValue';
import type { OutputSheet } from '../core/sheets/outputSheet';
import { readOwnershipRecord } from '../core/sheets/ownershipRecord';
import { META_SHEET, planOutputSheets, type SheetPlan } from '../core/sheets/planOutputSheets';
import type { XlContext, XlRange } from './excelApi';
import { fromExcelValue } from './_lib/fromExcelValue';
import { layoutPieces } from './_lib/layoutPieces';
import { metaPiece } from './_lib/metaPiece';
import { rowPieces } from './_lib/rowPieces';
import { sheetLayout } from './_lib/sheetLayout';
import { statusColumns, statusPieces } from './_lib/statusPieces';
import { stylePieces } from './_lib/stylePieces';
import { summaryPieces } from './_lib/summaryPieces';
import { DEFAULT_CAP_BYTES, SyncBatch } from './_lib/syncBatch';

export interface WriteOptions {
  /** Estimated request bytes per sync; Excel on the web refuses over 5 MB. */
  capBytes?: number;
}

export interface WriteResult {
  plans: SheetPlan[];
  /** context.sync calls made. */
  syncs: number;
}

/**
 * Writes output sheets (SPEC 4): replaces the sheets the add-in wrote before, appends to Audit History, and never
 * touches a user's sheet (the output goes to "Name (2)"). Strings land in Text-formatted cells when Excel would read
 * them as anything else, so "=..." stays text. Sync calls: 2 (read names and meta; create sheets) plus one per ~capBytes
 * of payload (values, then formats, then the meta record, packed together), so they grow with the data only through
 * the payload cap. Source sheets are never written.
 * @example await writeSheets(context, auditToSheets(audit, { runAt }))
 */
export async function writeSheets(context: XlContext, sheets: readonly OutputSheet[], options: WriteOptions = {}): Promise<WriteResult> {
  const { worksheets } = context.workbook;
  worksheets.load('items/name');
  const meta = worksheets.getItemOrNullObject(META_SHEET);
  meta.load('name');
  const metaUsed = meta.getUsedRangeOrNullObject(true);
  metaUsed.load('values,rowCount');
  await context.sync();

  const existing = worksheets.items.map((w) => w.name);
  const record = readOwnershipRecord(metaUsed.isNullObject ? null : (metaUsed.values as CellValue[][]).map((r) => r.map(fromExcelValue)));
  const appendOnly = new Set(sheets.filter((s) => s.append).map((s) => s.name));
  const plans = planOutputSheets(existing, record.owned, sheets.map((s) => s.name), appendOnly);

  // Structure first: replaced sheets are deleted and added again, so no stale rows, formats or charts survive.
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  const appendAt = new Map<string, XlRange>();
  for (const plan of plans) {
    if (plan.action === 'replace') worksheets.getItem(plan.target).delete();
    if (plan.action !== 'append') worksheets.add(plan.target);
    else {
      const used = worksheets.getItem(plan.target).getUsedRangeOrNullObject(true);
      used.load('rowIndex,rowCount');
      appendAt.set(plan.target, used);
    }
  }
  await context.sync();

  const cap = options.capBytes ?? DEFAULT_CAP_BYTES;
  const batch = new SyncBatch(context, cap);
  const chunkBytes = Math.max(1, Math.floor(cap / 4));
  const later: (() => Promise<void>)[] = [];
  for (const [i, plan] of plans.entries()) {
    const sheet = sheets[i];
    const ws = worksheets.getItem(plan.target);
    const layout = sheetLayout(sheet);
    const used = appendAt.get(plan.target);
    if (used && !used.isNullObject) {
      for (const p of rowPieces(ws, used.rowIndex + used.rowCount, sheet.rows, layout.width, chunkBytes)) await batch.add(p);
      continue;
    }
    const top = [...sheet.preamble, ...(sheet.preamble.length ? [[]] : []), sheet.headers];
    for (const p of rowPieces(ws, 0, top, layout.width, chunkBytes)) await batch.add(p);
    for (const p of rowPieces(ws, layout.firstDataRow, sheet.rows, layout.width, chunkBytes)) await batch.add(p);
    // Formats after all values: a value write does not reset them, and the values are what must land first.
    later.push(async () => {
      for (const p of layoutPieces(ws, sheet, layout)) await batch.add(p);
      for (const p of stylePieces(ws, sheet, layout.firstDataRow, statusColumns(sheet))) await batch.add(p);
      for (const p of statusPieces(ws, sheet, layout)) await batch.add(p);
      for (const p of summaryPieces(ws, sheet, layout)) await batch.add(p);
    });
  }
  for (const step of later) await step();

  const targets = new Set(plans.map((p) => p.target.toLowerCase()));
  const stillThere = new Set(existing.map((n) => n.toLowerCase()));
  const owned = [...record.owned.filter((n) => stillThere.has(n.toLowerCase()) && !targets.has(n.toLowerCase())), ...plans.map((p) => p.target)];
  await batch.add(metaPiece(context, { owned, saved: record.saved }, meta.isNullObject ? null : metaUsed.isNullObject ? 0 : metaUsed.rowCount));
  await batch.flush();
  return { plans, syncs: 2 + batch.syncs };
}

import type { CellValue } from '../core/cells/cellValue';
import type { OutputSheet } from '../core/sheets/outputSheet';
import { readOwnershipRecord, runWasIncomplete, type OwnershipRecord } from '../core/sheets/ownershipRecord';
import { META_SHEET, planOutputSheets, type SheetPlan } from '../core/sheets/planOutputSheets';
import type { XlContext, XlRange, XlWorksheet } from './excelApi';
import { fromExcelValue } from './_lib/fromExcelValue';
import { layoutPieces } from './_lib/layoutPieces';
import { metaPiece } from './_lib/metaPiece';
import { rowPieces } from './_lib/rowPieces';
import { sheetLayout } from './_lib/sheetLayout';
import { statusColumns, statusPieces } from './_lib/statusPieces';
import { stylePieces } from './_lib/stylePieces';
import { appendRowAt } from './historyRow';
import { appendedChartPieces, presentationPieces } from './presentSheet';
import { DEFAULT_CAP_BYTES, OFFICE_JS_OVERHEAD, SyncBatch } from './_lib/syncBatch';

export interface WriteOptions {
  /** Request bytes per sync as Office.js sends them (4 MB by default); Excel on the web refuses over 5 MB. */
  capBytes?: number;
}

export interface WriteResult {
  plans: SheetPlan[];
  /** context.sync calls made. */
  syncs: number;
  /**
   * Sheets an earlier run recorded and did not finish (Excel closed, a request failed): each was replaced by this run
   * (Audit History, appended to, is not listed). Empty when the earlier run finished.
   */
  recoveredFromIncompleteRun: string[];
}

const lower = (s: string) => s.toLowerCase();

/** The ownership record as it stood in the workbook, and the meta sheet's row count (null when there is no meta sheet). */
async function readRecord(context: XlContext,
  hasMeta: boolean): Promise<{ record: OwnershipRecord; metaRows: number | null; read: boolean }> {
  if (!hasMeta) return { record: readOwnershipRecord(null), metaRows: null, read: false };
  // Read in its own sync once the sheet is known to exist: nothing is chained on a null object.
  const used = context.workbook.worksheets.getItem(META_SHEET).getUsedRangeOrNullObject(true);
  used.load('values,rowCount');
  return {
    read: true,
    get record() {
      return readOwnershipRecord(used.isNullObject ? null : (used.values as CellValue[][]).map((r) => r.map(fromExcelValue)));
    },
    get metaRows() {
      return used.isNullObject ? 0 : used.rowCount;
    },
  };
}

/**
 * Writes output sheets (SPEC 4 and 7): our own sheets are rewritten in place (cleared, never deleted and re-added, so a
 * user's formula that refers to one keeps working), Audit History is appended to, and a user's sheet is never touched
 * (the output goes to "Name (2)"). Before any output sheet is written, the meta sheet records every sheet this run will
 * write, marked "in progress"; the last sync marks it complete. A run that stops part-way therefore leaves a record of
 * all it touched, and the next run replaces those sheets rather than writing "Name (2)" beside them.
 * Strings land in Text-formatted cells when Excel would read them as anything else, so "=..." stays text.
 * Sync calls: 2 or 3 fixed (names; the record, when there is one; the record "in progress" with the sheets' structure)
 * plus one per ~capBytes of payload, so they grow with the data only through the payload cap.
 * @example await writeSheets(context, auditToSheets(audit, { runAt }))
 */
export async function writeSheets(context: XlContext, sheets: readonly OutputSheet[], options: WriteOptions = {}): Promise<WriteResult> {
  const { worksheets } = context.workbook;
  worksheets.load('items/name');
  await context.sync();
  const existing = worksheets.items.map((w) => w.name);
  const present = new Set(existing.map(lower));
  const hasMeta = present.has(lower(META_SHEET));

  const meta = await readRecord(context, hasMeta);
  // Charts on the sheets we may rewrite: loaded with the record, so they can be removed before the new ones are drawn.
  const chartsOf = new Map<string, XlWorksheet['charts']>();
  if (meta.read) {
    for (const name of existing) {
      if (name === META_SHEET) continue;
      const charts = worksheets.getItem(name).charts;
      charts.load('items/name');
      chartsOf.set(lower(name), charts);
    }
    await context.sync();
  }
  const record = meta.record;
  const incomplete = runWasIncomplete(record);
  const appendOnly = new Set(sheets.filter((s) => s.append).map((s) => s.name));
  const plans = planOutputSheets(existing.filter((n) => n !== META_SHEET), record.owned, sheets.map((s) => s.name), appendOnly);
  const targets = new Set(plans.map((p) => lower(p.target)));
  const keep = record.owned.filter((n) => present.has(lower(n)) && !targets.has(lower(n)));
  const owned = [...keep, ...plans.map((p) => p.target)];

  // Ownership first, in the same sync as the structure but ahead of it: whatever lands of this run is on record.
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  metaPiece(context, { owned, saved: record.saved, run: 'in progress' }, meta.metaRows).queue();
  const appendAt = new Map<string, XlRange>();
  for (const plan of plans) {
    if (plan.action === 'create') worksheets.add(plan.target);
    else if (plan.action === 'replace') clearInPlace(worksheets.getItem(plan.target), chartsOf.get(lower(plan.target)));
    else {
      const used = worksheets.getItem(plan.target).getUsedRangeOrNullObject(true);
      used.load('rowIndex,rowCount,values');
      appendAt.set(plan.target, used);
    }
  }
  await context.sync();
  const fixedSyncs = meta.read ? 3 : 2;

  // The pieces' estimates leave out Office.js's own wrapping: batches are packed to the cap less that overhead.
  const cap = Math.floor((options.capBytes ?? DEFAULT_CAP_BYTES) / OFFICE_JS_OVERHEAD);
  const batch = new SyncBatch(context, cap);
  const chunkBytes = Math.max(1, Math.floor(cap / 4));
  const later: (() => Promise<void>)[] = [];
  for (const [i, plan] of plans.entries()) {
    const sheet = sheets[i];
    const ws = worksheets.getItem(plan.target);
    const layout = sheetLayout(sheet);
    const used = appendAt.get(plan.target);
    if (used && !used.isNullObject) {
      const at = appendRowAt(used, sheet); // a re-run for an audit date already there replaces its row
      // An earlier version wrote fewer indicator columns: the header row is rewritten so new values get their headers
      // (the columns keep their order; indicators are only ever added at the end).
      for (const p of rowPieces(ws, used.rowIndex, [sheet.headers], layout.width, chunkBytes)) await batch.add(p);
      for (const p of rowPieces(ws, at.row, sheet.rows, layout.width, chunkBytes)) await batch.add(p);
      for (const p of appendedChartPieces(ws, sheet, at.dataRows, chartsOf.get(lower(plan.target)))) await batch.add(p);
      continue;
    }
    // A form (Personal Plans) has no header row.
    const top = [...sheet.preamble, ...(sheet.preamble.length ? [[]] : []), ...(sheet.form ? [] : [sheet.headers])];
    for (const p of rowPieces(ws, 0, top, layout.width, chunkBytes)) await batch.add(p);
    for (const p of rowPieces(ws, layout.firstDataRow, sheet.rows, layout.width, chunkBytes)) await batch.add(p);
    // Formats after all values: a value write does not reset them, and the values are what must land first.
    later.push(async () => {
      for (const p of layoutPieces(ws, sheet, layout)) await batch.add(p);
      for (const p of stylePieces(ws, sheet, layout.firstDataRow, statusColumns(sheet))) await batch.add(p);
      for (const p of statusPieces(ws, sheet, layout)) await batch.add(p);
      for (const p of presentationPieces(ws, sheet,
        { targetOf: (o) => plans.find((q) => q.output === o)?.target ?? o, chunkBytes })) await batch.add(p);
    });
  }
  for (const step of later) await step();

  // The meta sheet exists now (created in the structure sync when it was missing).
  await batch.add(metaPiece(context, { owned, saved: record.saved, run: 'complete' }, meta.metaRows ?? 0));
  await batch.flush();
  const recovered = incomplete ? plans.filter((p) => p.action === 'replace' && record.owned.some((o) => lower(o) === lower(p.target))).map((p) => p.target) : [];
  return { plans, syncs: fixedSyncs + batch.syncs, recoveredFromIncompleteRun: recovered };
}

/**
 * Empties one of our sheets where it stands: values, formats, conditional formats, charts and frozen panes go, the sheet
 * (its position, tab and the references to it) stays.
 */
function clearInPlace(ws: XlWorksheet, charts: XlWorksheet['charts'] | undefined): void {
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.clear('All');
  for (const chart of charts?.items ?? []) chart.delete();
  ws.freezePanes.unfreeze();
}

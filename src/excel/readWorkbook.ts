import type { CellValue } from '../core/cellValue';
import { readOwnershipRecord, type OwnershipRecord } from '../core/sheets/ownershipRecord';
import { META_SHEET } from '../core/sheets/planOutputSheets';
import type { RawSheet, RawWorkbook } from '../core/rawWorkbook';
import type { XlContext, XlRange } from './excelApi';
import { fromExcelValue } from './_lib/fromExcelValue';

/** What the pane needs from the open workbook. */
export interface WorkbookRead {
  raw: RawWorkbook;
  ownership: OwnershipRecord;
  activeSheet: string;
  /** Every sheet name, hidden ones included (output names must not collide with them). */
  sheetNames: string[];
}

// Cells per read block: far under the 5 million cells Excel allows in one get, and small enough to retry in halves.
const BLOCK_CELLS = 250_000;

function isResponseTooBig(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

function afterBang(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}

interface Block { sheet: RawSheet; offset: number; load: () => XlRange }

/** Loads every block in one sync; only when Excel on the web refuses the response as too big is the list halved. */
async function loadBlocks(context: XlContext, blocks: Block[]): Promise<number> {
  const ranges = blocks.map((b) => b.load());
  try {
    await context.sync();
  } catch (e) {
    if (!isResponseTooBig(e) || blocks.length < 2) throw e;
    const half = blocks.length >> 1;
    return 1 + (await loadBlocks(context, blocks.slice(0, half))) + (await loadBlocks(context, blocks.slice(half)));
  }
  blocks.forEach((b, i) => {
    const values = ranges[i].values;
    for (let r = 0; r < values.length; r++) b.sheet.rows[b.offset + r] = values[r].map(fromExcelValue);
  });
  return 1;
}

/**
 * Reads every sheet's used range (values only), tables, merged areas and the meta sheet in three syncs, whatever the
 * number of rows: names and meta; used-range sizes, tables and merges; then all row blocks queued before one sync.
 * Sheets the add-in wrote (listed in the meta sheet) are not read.
 */
export async function readWorkbook(context: XlContext): Promise<WorkbookRead> {
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name,items/visibility');
  tables.load('items/name,items/worksheet/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  const meta = worksheets.getItemOrNullObject(META_SHEET).getUsedRangeOrNullObject(true);
  meta.load('values');
  await context.sync();

  const ownership = readOwnershipRecord(meta.isNullObject ? null : (meta.values as CellValue[][]).map((r) => r.map(fromExcelValue)));
  const owned = new Set(ownership.owned.map((n) => n.toLowerCase()));
  const sheetNames = worksheets.items.map((w) => w.name);
  const inputs = worksheets.items.filter((w) => w.name !== META_SHEET && !owned.has(w.name.toLowerCase()));
  const used = inputs.map((w) => w.getUsedRangeOrNullObject(true));
  used.forEach((u) => u.load('rowIndex,columnIndex,address,rowCount,columnCount'));
  // The whole sheet, not the used range: the used range of an empty sheet is a null object.
  const merged = inputs.map((w) => w.getRange().getMergedAreasOrNullObject());
  merged.forEach((m) => m.load('address'));
  const tableRanges = tables.items.map((t) => {
    const range = t.getRange();
    range.load('address');
    return { name: t.name, sheet: t.worksheet.name, range };
  });
  await context.sync();

  const sheets: RawSheet[] = [];
  const blocks: Block[] = [];
  inputs.forEach((w, i) => {
    const u = used[i];
    const sheet: RawSheet = { name: w.name, firstRow: 1, firstColumn: 1, rows: [] };
    sheets.push(sheet);
    const own = tableRanges.filter((t) => t.sheet === w.name).map((t) => ({ name: t.name, ref: afterBang(t.range.address) }));
    if (own.length) sheet.tables = own;
    if (!merged[i].isNullObject) sheet.merges = merged[i].address.split(',').map(afterBang);
    if (u.isNullObject) return;
    sheet.firstRow = u.rowIndex + 1;
    sheet.firstColumn = u.columnIndex + 1;
    const step = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, u.columnCount)));
    for (let r = 0; r < u.rowCount; r += step) {
      const n = Math.min(step, u.rowCount - r);
      const load = () => {
        const range = r === 0 && n === u.rowCount ? w.getUsedRangeOrNullObject(true) : w.getRangeByIndexes(u.rowIndex + r, u.columnIndex, n, u.columnCount);
        range.load('values,rowIndex,columnIndex,address,rowCount,columnCount');
        return range;
      };
      blocks.push({ sheet, offset: r, load });
    }
  });
  if (blocks.length > 0) await loadBlocks(context, blocks);
  return { raw: { sheets }, ownership, activeSheet: active.name, sheetNames };
}

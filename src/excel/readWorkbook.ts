import { columnLetters } from '../core/_lib/columnLetters';
import type { CellValue } from '../core/cells/cellValue';
import { readOwnershipRecord, type OwnershipRecord } from '../core/sheets/ownershipRecord';
import { META_SHEET } from '../core/sheets/planOutputSheets';
import type { RawSheet, RawWorkbook } from '../core/cells/rawWorkbook';
import type { XlContext, XlRange, XlWorksheet } from './excelApi';
import { hostSupports } from './hostSupports';
import { fromExcelValue } from './_lib/fromExcelValue';
import { readMergedAreas } from './_lib/readMergedAreas';
import { readRowBlocks, type RowBlock } from './_lib/readRowBlocks';

/** What the pane needs from the open workbook. */
export interface WorkbookRead {
  raw: RawWorkbook;
  ownership: OwnershipRecord;
  activeSheet: string;
  /** Every sheet name, hidden ones included (output names must not collide with them). */
  sheetNames: string[];
  /** What the read could not do on this host or workbook, in a user's words (e.g. merged cells not checked). */
  notes: string[];
}

export interface ReadOptions {
  /** Whether the host can list merged areas (ExcelApi 1.13). Default: asked of Office.context.requirements. */
  mergedAreas?: boolean;
  /** Response bytes to aim under per sync: Excel on the web refuses a response over 5 MB. */
  responseBudget?: number;
}

/**
 * The most cells one sheet may span: Excel's limit for one get, and 100,000 staff x 50 columns. A used range past it
 * is almost always a stray value far from the data (one cell at XFD1048576 makes the used range 17 billion cells).
 */
export const MAX_SHEET_CELLS = 5_000_000;

/** A sheet whose used range is too large to read; the message says how to fix it. */
export class SheetTooLargeError extends Error {
  readonly code = 'SheetTooLarge';
  constructor(readonly sheet: string, readonly lastCell: string, readonly cells: number) {
    super(
      `The sheet "${sheet}" has something in cell ${lastCell}, so Excel counts ${cells.toLocaleString('en-GB')} cells in use, ` +
        `more than the ${MAX_SHEET_CELLS.toLocaleString('en-GB')} the add-in reads. Delete the stray cells beyond your table ` +
        `(select that sheet and press Ctrl+End to find the last one), then try again.`,
    );
    this.name = 'SheetTooLargeError';
  }
}

function afterBang(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}


/**
 * Reads every sheet's used range (values only), tables, merged areas and the meta sheet in a number of syncs that does
 * not grow with the rows, only with the response size: names; used-range sizes, tables and the record; the row blocks,
 * packed under Excel on the web's 5 MB response limit; then merged areas where the host can list them. A sheet whose
 * used range passes MAX_SHEET_CELLS is refused with SheetTooLargeError before any of its cells are asked for.
 * Sheets the add-in wrote (listed in the meta sheet) are not read. Nothing is chained on an object that may be null.
 * @example const read = await readWorkbook(context); read.raw.sheets[0].name // 'Team'
 */
export async function readWorkbook(context: XlContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name,items/visibility');
  tables.load('items/name,items/worksheet/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();

  const sheetNames = worksheets.items.map((w) => w.name);
  const others = worksheets.items.filter((w) => w.name !== META_SHEET);
  const used = others.map((w) => {
    const u = w.getUsedRangeOrNullObject(true);
    u.load('rowIndex,columnIndex,rowCount,columnCount');
    return u;
  });
  let meta: XlRange | null = null;
  if (sheetNames.includes(META_SHEET)) {
    meta = worksheets.getItem(META_SHEET).getUsedRangeOrNullObject(true);
    meta.load('values');
  }
  const tableRanges = tables.items.map((t) => {
    const range = t.getRange();
    range.load('address');
    return { name: t.name, sheet: t.worksheet.name, range };
  });
  await context.sync();

  const ownership = readOwnershipRecord(!meta ||
    meta.isNullObject ? null : (meta.values as CellValue[][]).map((r) => r.map(fromExcelValue)));
  const owned = new Set(ownership.owned.map((n) => n.toLowerCase()));
  const inputs: { ws: XlWorksheet; used: XlRange }[] = [];
  others.forEach((ws, i) => {
    if (!owned.has(ws.name.toLowerCase())) inputs.push({ ws, used: used[i] });
  });
  for (const { ws, used: u } of inputs) {
    if (u.isNullObject) continue;
    const cells = u.rowCount * u.columnCount;
    if (cells > MAX_SHEET_CELLS) throw new SheetTooLargeError(ws.name, `${columnLetters(u.columnIndex + u.columnCount)}${u.rowIndex + u.rowCount}`, cells);
  }

  const sheets: RawSheet[] = [];
  const blocks: RowBlock[] = [];
  const withData: { ws: XlWorksheet; used: XlRange; sheet: RawSheet }[] = [];
  for (const { ws, used: u } of inputs) {
    const sheet: RawSheet = { name: ws.name, firstRow: 1, firstColumn: 1, rows: [] };
    sheets.push(sheet);
    const own = tableRanges.filter((t) => t.sheet === ws.name).map((t) => ({ name: t.name, ref: afterBang(t.range.address) }));
    if (own.length) sheet.tables = own;
    if (u.isNullObject) continue;
    sheet.firstRow = u.rowIndex + 1;
    sheet.firstColumn = u.columnIndex + 1;
    withData.push({ ws, used: u, sheet });
    blocks.push({ sheet: ws, rowIndex: u.rowIndex, columnIndex: u.columnIndex, rowCount: u.rowCount, columnCount: u.columnCount,
      into: sheet.rows });
  }
  await readRowBlocks(context, blocks, options.responseBudget);

  const notes: string[] = [];
  const mergedAreas = options.mergedAreas ?? hostSupports('1.13');
  if (!mergedAreas) {
    if (withData.length > 0) notes.push('Merged cells were not checked: this version of Excel cannot list them (it needs Excel API 1.13).');
  } else if (withData.length > 0) {
    const found = await readMergedAreas(context,
      withData.map((d) => ({ ws: d.ws, rowIndex: d.used.rowIndex, columnIndex: d.used.columnIndex, rowCount: d.used.rowCount,
        columnCount: d.used.columnCount })));
    if (found.note) notes.push(found.note);
    found.merges.forEach((m, i) => {
      if (m.length) withData[i].sheet.merges = m.map(afterBang);
    });
  }
  return { raw: { sheets }, ownership, activeSheet: active.name, sheetNames, notes };
}

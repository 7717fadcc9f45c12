import ExcelJS from 'exceljs';
import { zipCaughtUp, type BookStream, type SheetStream } from './bookStream';

/** exceljs 4.4 in-memory worksheet internals read here: sparse rows and cells, merges, and what the typings leave out. */
interface SheetInternals {
  _rows: (ExcelJS.Row | undefined)[];
  _merges: Record<string, unknown>;
  _columns?: (ExcelJS.Column | undefined)[] | null;
  conditionalFormattings?: unknown[];
  rowBreaks?: unknown[];
  sheetProtection?: unknown;
  dataValidations: { model: unknown };
}
interface RowInternals {
  _cells: (ExcelJS.Cell | undefined)[];
  style: Partial<ExcelJS.Style>;
}

const hasKeys = (o: object | undefined): boolean => o !== undefined && Object.keys(o).length > 0;
const EMPTY_STYLE: Partial<ExcelJS.Style> = Object.freeze({}) as Partial<ExcelJS.Style>;
function isEmpty(o: object | undefined): boolean {
  if (o === undefined) return true;
  for (const _ in o) return false;
  return true;
}

/** A cell's value for the stream: a shared formula becomes the plain formula it stands for (the stream cannot share formulas across
 * rows). */
function valueOf(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type !== ExcelJS.ValueType.Formula) return cell.value;
  const model = cell.model as { formula?: string; shareType?: string; ref?: string; result?: ExcelJS.CellValue };
  const formula = cell.formula;
  if (!formula) return model.result ?? null;
  if (model.shareType === 'array' && model.formula) return { formula, result: model.result, shareType: 'array', ref: model.ref } as ExcelJS.CellValue;
  return { formula, result: model.result } as ExcelJS.CellFormulaValue;
}

function copyColumns(from: ExcelJS.Worksheet, to: SheetStream): void {
  for (const col of (from as unknown as SheetInternals)._columns ?? []) {
    if (!col) continue;
    const target = to.getColumn(col.number) as ExcelJS.Column & { defn: unknown };
    target.defn = { width: col.width, style: col.style, hidden: col.hidden, outlineLevel: col.outlineLevel };
  }
}

function copyRow(row: ExcelJS.Row, to: SheetStream): void {
  const source = row as unknown as RowInternals;
  const target = to.getRow(row.number);
  if (row.height) target.height = row.height;
  if (row.hidden) target.hidden = true;
  if (row.outlineLevel) target.outlineLevel = row.outlineLevel;
  if (hasKeys(source.style)) (target as unknown as RowInternals).style = source.style;
  let cells = 0;
  for (const cell of source._cells) {
    if (!cell) continue;
    cells++;
    const copy = target.getCell(cell.col);
    // Covered cells of a merge keep their style only; the merge itself is copied as a range.
    if (cell.type !== ExcelJS.ValueType.Merge) copy.value = valueOf(cell);
    // exceljs gives every unstyled cell its own {}, and its style cache is keyed by object: one shared empty style
    // saves rendering and hashing a style per cell. Date cells always carry a number format, so never share it.
    copy.style = isEmpty(cell.style) ? EMPTY_STYLE : cell.style;
    if (cell.note) copy.note = cell.note;
  }
  // The stream drops a row without values unless it has a height: keep styled blank cells and hidden rows.
  if (!target.hasValues && (cells > 0 || row.hidden || hasKeys(source.style))) Object.defineProperty(target, 'hasValues', { value: true });
  target.commit();
}

/**
 * Streams a copy of an in-memory worksheet: values (formulas with their cached results, rich text, hyperlinks, dates, notes),
 * cell, row and column styles, widths, heights, merges, views, state, filter, validations, conditional formats and print setup.
 * Not copied (the streaming writer has no place for them): Excel tables (their cells and styles are kept) and images.
 * @example await copySheet(book, workbook.getWorksheet('Staff')!)
 */
export async function copySheet(
  book: BookStream,
  from: ExcelJS.Worksheet,
  checkEvery = 500,
  options: { selected?: boolean; beforeCommit?: (to: SheetStream) => void } = {},
): Promise<void> {
  const internals = from as unknown as SheetInternals;
  // When the output opens on another sheet, no copied tab stays selected (two selected tabs are grouped sheets).
  const views = options.selected === undefined ||
    !from.views ? from.views : from.views.map((v) => ({ ...v, tabSelected: options.selected }));
  const to = book.addWorksheet(from.name, {
    state: from.state,
    views,
    properties: from.properties,
    pageSetup: from.pageSetup,
    headerFooter: from.headerFooter,
    autoFilter: from.autoFilter ?? null,
  });
  copyColumns(from, to);
  to._merges.push(...Object.values(internals._merges).filter(Boolean));
  to.dataValidations.model = internals.dataValidations.model;
  to.conditionalFormatting = internals.conditionalFormattings ?? [];
  to.rowBreaks = internals.rowBreaks ?? [];
  to.sheetProtection = internals.sheetProtection ?? null;
  let n = 0;
  for (const row of internals._rows) {
    if (!row) continue;
    copyRow(row, to);
    if (++n % checkEvery === 0) await zipCaughtUp(to);
  }
  options.beforeCommit?.(to);
  to.commit();
}

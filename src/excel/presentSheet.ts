import { eachStyledCell, type CellStyle, type OutputSheet } from '../core/sheets/outputSheet';
import { sheetRows } from '../core/sheets/sheetRows';
import type { XlRange, XlWorksheet } from './excelApi';
import { chartPieces, growCharts } from './addCharts';
import { printSetupPieces } from './applyPrintSetup';
import { rowPieces } from './_lib/rowPieces';
import type { BatchPiece } from './_lib/syncBatch';

export interface PresentOptions {
  /** Where a link to an output sheet goes: its final name ("Skills Matrix (2)" when the user has a "Skills Matrix"). */
  targetOf?: (output: string) => string;
  /** Bytes per values piece (the writer's chunk size). */
  chunkBytes?: number;
}

function styleCell(range: XlRange, style: CellStyle, targetOf: (output: string) => string, text: unknown): void {
  const format = range.format;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.fontColor) format.font.color = `#${style.fontColor}`;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.wrap) format.wrapText = true;
  if (style.top || style.wrap) format.verticalAlignment = 'Top';
  if (style.numberFormat) range.numberFormat = [[style.numberFormat]];
  if (style.link) {
    range.hyperlink = { documentReference: `'${targetOf(style.link).replace(/'/g, "''")}'!A1`, textToDisplay: String(text ?? style.link) };
    format.font.underline = 'Single';
  }
}

/** Styles of the preamble and notes cells, and date formats of data cells (the few that carry one). */
function cellStylePiece(ws: XlWorksheet, sheet: OutputSheet, targetOf: (output: string) => string): BatchPiece {
  const { firstDataRow, notesRow } = sheetRows(sheet);
  const cells: [number, number, CellStyle, unknown][] = [];
  for (const [key, style] of sheet.preambleStyles ?? []) {
    const [r, c] = key.split(':').map(Number);
    cells.push([r, c, style, sheet.preamble[r]?.[c]]);
  }
  for (const [key, style] of sheet.notesStyles ?? []) {
    const [r, c] = key.split(':').map(Number);
    cells.push([notesRow + r, c, style, sheet.notes?.[r]?.[c]]);
  }
  // stylePieces paints fills and fonts; a number format (a date) is set here, cell by cell: a handful per sheet.
  eachStyledCell(sheet, (r, c, style) => {
    if (style.numberFormat) cells.push([firstDataRow + r, c, { numberFormat: style.numberFormat }, null]);
  });
  return {
    bytes: 200 + 160 * cells.length,
    queue() {
      for (const [r, c, style, text] of cells) styleCell(ws.getRangeByIndexes(r, c, 1, 1), style, targetOf, text);
    },
  };
}

/** Wrapped columns, the header row wrapping, rows grown to their text, and the sheet's font size. */
function textPiece(ws: XlWorksheet, sheet: OutputSheet): BatchPiece {
  const { headerRow, firstDataRow, notesRow } = sheetRows(sheet);
  const rows = sheet.rows.length;
  return {
    bytes: 300 + 120 * (sheet.wrapColumns?.length ?? 0),
    queue() {
      const width = Math.max(1, sheet.headers.length);
      if (!sheet.form) {
        const header = ws.getRangeByIndexes(headerRow, 0, 1, width).format;
        header.wrapText = true;
        header.verticalAlignment = 'Top';
      }
      if (sheet.fontSize) {
        const lastRow = sheet.notes?.length ? notesRow + sheet.notes.length : firstDataRow + rows;
        ws.getRangeByIndexes(0, 0, lastRow, Math.max(width, ...(sheet.notes ?? []).map((r) => r.length))).format.font.size = sheet.fontSize;
      }
      if (rows === 0) return;
      for (const c of sheet.wrapColumns ?? []) ws.getRangeByIndexes(firstDataRow, c, rows, 1).format.wrapText = true;
      if ((sheet.wrapColumns ?? []).length > 0) {
        const data = ws.getRangeByIndexes(firstDataRow, 0, rows, width).format;
        data.verticalAlignment = 'Top';
        data.autofitRows?.();
      }
      if (!sheet.form) ws.getRangeByIndexes(headerRow, 0, 1, width).format.autofitRows?.();
    },
  };
}

/**
 * What the add-in's writer adds to a freshly written output sheet so it reads and prints as the command line's file
 * does (SPEC 4.1, 4.2): the notes below the table, cell styles of the preamble and notes (the contents' links, the key's
 * colours, dates), wrapped text, print setup, tab colour, native charts, and the Audit Summary brought to the front.
 * @example for (const p of presentationPieces(ws, sheet, { targetOf })) await batch.add(p)
 */
export function presentationPieces(ws: XlWorksheet, sheet: OutputSheet, options: PresentOptions = {}): BatchPiece[] {
  const targetOf = options.targetOf ?? ((output: string) => output);
  const { notesRow } = sheetRows(sheet);
  const notes = sheet.notes ?? [];
  const width = Math.max(1, ...notes.map((r) => r.length));
  const lastRow = notes.length > 0 ? notesRow + notes.length : sheetRows(sheet).firstDataRow + sheet.rows.length;
  const pieces: BatchPiece[] = [
    ...(notes.length > 0 ? rowPieces(ws, notesRow, notes, width, options.chunkBytes ?? 1_000_000) : []),
    cellStylePiece(ws, sheet, targetOf),
    textPiece(ws, sheet),
    ...printSetupPieces(ws, sheet, lastRow),
    ...chartPieces(ws, growCharts(sheet, sheet.rows.length)),
  ];
  // The workbook opens on the results: the pane brings the Audit Summary to the front after a run (SPEC 4.2).
  if (sheet.name === 'Audit Summary') pieces.push({ bytes: 20, queue: () => ws.activate() });
  return pieces;
}

/**
 * The charts of an appended sheet (Audit History) redrawn over all its rows: the old ones are deleted first.
 * @example for (const p of appendedChartPieces(ws, history, used.rowCount - 1 + 1, charts)) await batch.add(p)
 */
export function appendedChartPieces(ws: XlWorksheet, sheet: OutputSheet, dataRows: number,
  old?: { items: { delete(): void }[] }): BatchPiece[] {
  const charts = growCharts(sheet, dataRows);
  return [
    { bytes: 40, queue: () => (old?.items ?? []).forEach((c) => c.delete()) },
    ...printSetupPieces(ws, sheet, dataRows + 1),
    ...chartPieces(ws, charts),
  ];
}

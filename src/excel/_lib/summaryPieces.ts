import type { OutputSheet } from '../../core/sheets/outputSheet';
import type { XlWorksheet } from '../excelApi';
import type { SheetLayout } from './sheetLayout';
import type { BatchPiece } from './syncBatch';

const STATUS_LABELS = ['Green', 'Amber', 'Red'];

/** Preamble rows labelled Green, Amber, Red, when they are consecutive (the Audit Summary header block). */
function statusCountRows(sheet: OutputSheet): number | null {
  const first = sheet.preamble.findIndex((row) => row[0] === STATUS_LABELS[0]);
  if (first < 0) return null;
  const ok = STATUS_LABELS.every((label, i) => sheet.preamble[first + i]?.[0] === label && typeof sheet.preamble[first + i]?.[1] === 'number');
  return ok ? first : null;
}

/**
 * Print setup (landscape, one page wide, the header row on every page) and a chart of indicator statuses,
 * for a sheet that asks for print setup (the Audit Summary).
 * @example summaryPieces(ws, summary, layout).length // 1
 */
export function summaryPieces(ws: XlWorksheet, sheet: OutputSheet, layout: SheetLayout): BatchPiece[] {
  if (!sheet.print) return [];
  const print = sheet.print;
  const countsRow = statusCountRows(sheet);
  return [
    {
      bytes: 1_000,
      queue() {
        if (print.landscape) ws.pageLayout.orientation = 'Landscape';
        // 0 pages tall: as many as needed.
        if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        ws.pageLayout.setPrintTitleRows(`$${layout.headerRow + 1}:$${layout.headerRow + 1}`);
        if (countsRow === null) return;
        const chart = ws.charts.add('ColumnClustered', ws.getRangeByIndexes(countsRow, 0, STATUS_LABELS.length, 2), 'Columns');
        chart.title.text = 'Indicators by status';
        // Beside the header block, clear of the indicator table below it.
        chart.setPosition(ws.getRangeByIndexes(0, 3, 1, 1), ws.getRangeByIndexes(Math.max(8, layout.headerRow - 2), 6, 1, 1));
      },
    },
  ];
}

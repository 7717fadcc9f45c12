import { columnLetters } from '../core/_lib/columnLetters';
import type { OutputSheet } from '../core/sheets/outputSheet';
import { sheetRows } from '../core/sheets/sheetRows';
import type { XlWorksheet } from './excelApi';
import type { BatchPiece } from './_lib/syncBatch';

const POINTS_PER_INCH = 72;


/**
 * The page layout of an output sheet through Office.js (SPEC 4.2), as the command line's file has it: A4, orientation,
 * one page wide (and tall for the Audit Summary), narrow margins, header row and ID/Name columns repeated, the printed
 * area, header and footer (organisation, sheet, audit date, "Page n of N"), and the output tab colour.
 * @example for (const p of printSetupPieces(ws, summary, lastRow)) await batch.add(p)
 */
export function printSetupPieces(ws: XlWorksheet, sheet: OutputSheet, lastRow: number): BatchPiece[] {
  const print = sheet.print;
  const tab = sheet.tabColor;
  if (!print && !tab) return [];
  return [
    {
      bytes: 1_200,
      queue() {
        if (tab) ws.tabColor = `#${tab}`;
        if (!print) return;
        const layout = ws.pageLayout;
        const { headerRow } = sheetRows(sheet);
        layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
        layout.paperSize = 'A4';
        // 0 pages tall: as many as needed.
        layout.zoom = { horizontalFitToPages: print.fitToWidth ? 1 : 0, verticalFitToPages: print.fitToHeight ? 1 : 0 };
        if (print.margins) {
          layout.leftMargin = print.margins.left * POINTS_PER_INCH;
          layout.rightMargin = print.margins.right * POINTS_PER_INCH;
          layout.topMargin = print.margins.top * POINTS_PER_INCH;
          layout.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
          layout.headerMargin = print.margins.header * POINTS_PER_INCH;
          layout.footerMargin = print.margins.footer * POINTS_PER_INCH;
        }
        if (print.breakBeforeNotes &&
          sheet.notes?.length) ws.horizontalPageBreaks?.add(ws.getRangeByIndexes(sheetRows(sheet).notesRow, 0, 1, 1));
        // A form has no header row to repeat.
        if (!sheet.form) layout.setPrintTitleRows(`$${(print.titleRowsFrom ?? headerRow) + 1}:$${headerRow + 1}`);
        if (print.titleColumns) layout.setPrintTitleColumns?.(`$A:$${columnLetters(print.titleColumns)}`);
        if (print.printColumns) layout.setPrintArea?.(`A1:${columnLetters(print.printColumns)}${Math.max(1, lastRow)}`);
        const bands = layout.headersFooters?.defaultForAllPages;
        if (bands && print.header) {
          bands.leftHeader = print.header.left;
          bands.centerHeader = print.header.center;
          bands.rightHeader = print.header.right;
        }
        if (bands && print.footer) {
          bands.leftFooter = print.footer.left;
          bands.centerFooter = print.footer.center;
          bands.rightFooter = print.footer.right;
        }
      },
    },
    ...pageBreakPieces(ws, sheet),
  ];
}

// One break is a range by indexes and an add: 389 bytes as the real library serialises it (measured by
// test/excel/officeJsContract.test.ts), priced at 500. All of a sheet's 1,026 breaks in the print-setup piece took a real
// request at 10,000 staff to 5.3 MB; in pieces of 100 the largest stays at 3.8 MB.
export const BYTES_PER_BREAK = 500;
const BREAKS_PER_PIECE = 100;

/** A page starts at each of the sheet's rowBreaks (Personal Plans: each person), added in pieces the batches can share. */
function pageBreakPieces(ws: XlWorksheet, sheet: OutputSheet): BatchPiece[] {
  const breaks = sheet.print?.rowBreaks ?? [];
  const { firstDataRow } = sheetRows(sheet);
  const pieces: BatchPiece[] = [];
  for (let from = 0; from < breaks.length; from += BREAKS_PER_PIECE) {
    const part = breaks.slice(from, from + BREAKS_PER_PIECE);
    pieces.push({
      bytes: BYTES_PER_BREAK * part.length,
      queue() {
        for (const r of part) ws.horizontalPageBreaks?.add(ws.getRangeByIndexes(firstDataRow + r, 0, 1, 1));
      },
    });
  }
  return pieces;
}

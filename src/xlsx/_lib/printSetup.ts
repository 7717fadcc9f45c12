import type ExcelJS from 'exceljs';
import type { OutputSheet, PageBand } from '../../core/sheets/outputSheet';
import { sheetRows } from '../../core/sheets/sheetRows';

const A4 = 9;

function letters(column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function band(b: PageBand | undefined): string | undefined {
  if (!b) return undefined;
  return `${b.left ? `&L${b.left}` : ''}${b.center ? `&C${b.center}` : ''}${b.right ? `&R${b.right}` : ''}`;
}

/**
 * The exceljs page setup of an output sheet (SPEC 4.2): A4, orientation, one page wide (and tall when asked), narrow
 * margins, title rows and columns repeated, the printed area when a chart's data sits beside it. `lastRow` is 1-based.
 * @example pageSetupOf(summary, 40).printTitlesRow // '12:12'
 */
export function pageSetupOf(sheet: OutputSheet, lastRow: number): Partial<ExcelJS.PageSetup> | undefined {
  const print = sheet.print;
  if (!print) return undefined;
  const { headerRow } = sheetRows(sheet);
  const from = (print.titleRowsFrom ?? headerRow) + 1;
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: A4,
    orientation: print.landscape ? 'landscape' : 'portrait',
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: print.fitToHeight ? 1 : 0,
  };
  // A form has no header row to repeat; each of its blocks carries its own title.
  if (!sheet.form) setup.printTitlesRow = `${from}:${headerRow + 1}`;
  if (print.margins) setup.margins = print.margins;
  if (print.titleColumns) setup.printTitlesColumn = `A:${letters(print.titleColumns)}`;
  if (print.printColumns) setup.printArea = `A$1:${letters(print.printColumns)}$${Math.max(lastRow, 1)}`; // exceljs adds the column's $
  return setup;
}

/**
 * The header and footer (organisation, sheet, audit date, "Page n of N") in Excel's &L&C&R form.
 * @example headerFooterOf(sheet)?.oddFooter // '&LLSA Workforce Audit&RPage &P of &N'
 */
export function headerFooterOf(sheet: OutputSheet): Partial<ExcelJS.HeaderFooter> | undefined {
  const print = sheet.print;
  if (!print || (!print.header && !print.footer)) return undefined;
  return { oddHeader: band(print.header), oddFooter: band(print.footer) };
}

/**
 * The last 1-based row an output sheet fills: the table, or the notes below it.
 * @example lastRowOf(summary) // 40
 */
export function lastRowOf(sheet: OutputSheet): number {
  const rows = sheetRows(sheet);
  return sheet.notes && sheet.notes.length > 0 ? rows.notesRow + sheet.notes.length : rows.firstDataRow + sheet.rows.length;
}

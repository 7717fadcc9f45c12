/**
 * Core gets each sheet as a dense block (rows x columns), so one stray cell in column XFD under 100,000 rows would ask for
 * 1.6 billion slots. Refused above 25 million cells (~200 MB of slots): 100,000 staff x 62 columns is 6.2 million.
 */
export const MAX_SHEET_CELLS = 25_000_000;

/** A sheet whose used block is too large to hand to core; readWorkbookFile reports it as WorkbookReadError 'too-large'. */
export class SheetTooLargeError extends Error {
  constructor(sheet: string, rows: number, columns: number) {
    super(`Sheet "${sheet}" spans ${rows} rows x ${columns} columns, over ${MAX_SHEET_CELLS} cells`);
    this.name = 'SheetTooLargeError';
  }
}

import { sheetRows } from './sheetRows';
import { eachStyledCell, type OutputSheet } from './outputSheet';
import { StyleGrid } from './_lib/styleGrid';

/** Rows in one Excel worksheet: a sheet cannot hold more. */
export const EXCEL_MAX_ROWS = 1_048_576;

/**
 * The sheet as it fits Excel: itself when its rows fit one worksheet, else parts named "Name (part 2)", "(part 3)", ...
 * each under the same headers, styles moved with their rows. Training Needs passes the limit at about 57,000 staff
 * (18 needs a person), and Excel refuses or cuts rows beyond it.
 * @example fitToExcelRows(trainingNeedsSheet(audit)).map((s) => s.name) // ['Training Needs', 'Training Needs (part 2)']
 */
export function fitToExcelRows(sheet: OutputSheet, maxRows = EXCEL_MAX_ROWS): OutputSheet[] {
  // The adapters put the preamble, a blank row and the header above the data (one header row with no preamble).
  const firstRoom = maxRows - sheetRows(sheet).firstDataRow;
  const room = maxRows - 1;
  if (sheet.rows.length <= firstRoom) return [sheet];
  if (firstRoom < 1 || room < 1) throw new Error(`Sheet ${sheet.name}: no room for rows under ${maxRows}`); // a caller's bug
  const starts = [0];
  for (let start = firstRoom; start < sheet.rows.length; start += room) starts.push(start);
  const grids = starts.map(() => new StyleGrid());
  let part = 0;
  // Styled cells come in reading order, so each part's grid is filled in order too.
  eachStyledCell(sheet, (row, column, style) => {
    while (part + 1 < starts.length && row >= starts[part + 1]) part++;
    grids[part].set(row - starts[part], column, style);
  });
  return starts.map((start, i) => ({
    ...sheet,
    name: i === 0 ? sheet.name : `${sheet.name} (part ${i + 1})`,
    preamble: i === 0 ? sheet.preamble : [],
    rows: sheet.rows.slice(start, i + 1 < starts.length ? starts[i + 1] : sheet.rows.length),
    styles: sheet.styles ? grids[i] : undefined,
  }));
}

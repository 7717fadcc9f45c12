import type { CellValue } from '../../core/cells/cellValue';
import type { RawSheet } from '../../core/cells/rawWorkbook';
import { excelDate } from '../../core/sheets/excelDate';
import { DATE_FORMAT, eachStyledCell, styleKey, type CellStyle, type OutputChart, type OutputSheet, type OutputValue, type SheetRange } from '../../core/sheets/outputSheet';
import { sheetRows } from '../../core/sheets/sheetRows';

const HEADER_SEARCH_ROWS = 20;
const text = (v: unknown): string => (typeof v === 'string' ? v.trim().toLowerCase() : '');

/** A cell as read back, as an output value: dates become Excel date serials (shown as dates again), errors their text. */
function valueOf(v: CellValue | undefined): OutputValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (typeof v === 'object') return v.error;
  return v;
}

/** An audit date as a day number, however an earlier run or the user stored it (date serial, ISO or dd/mm/yyyy text). */
function dayOf(v: OutputValue): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.floor(v);
  if (typeof v !== 'string') return null;
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v.trim());
  const serial = excelDate(uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : v.trim().slice(0, 10));
  return serial === null ? null : Math.floor(serial);
}

/** The sheet as read, laid out from A1 (blank rows and columns before its used block kept blank). */
function gridOf(old: RawSheet): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: old.firstRow - 1 }, () => []);
  for (const row of old.rows) grid.push([...new Array<CellValue>(old.firstColumn - 1).fill(null), ...row]);
  return grid;
}

/**
 * Audit History as it will be after this run (SPEC 4): the rows already there, columns matched by header (new indicators
 * added at the end), this run's row appended, or replacing the row of the same audit date; the trend charts drawn over
 * every row. The copy is then written whole, like any sheet the audit owns.
 * @example appendedHistory(readBack, historySheet).rows.length // 3 after three audits on different dates
 */
export function appendedHistory(old: RawSheet | undefined, sheet: OutputSheet): OutputSheet {
  const grid = old ? gridOf(old) : [];
  const first = text(sheet.headers[0]);
  let header = -1;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS) && header < 0; r++) if (first !== '' && text(grid[r]?.[0]) === first) header = r;
  // Nothing there (the sheet was emptied by hand): start it again.
  if (grid.every((row) => row.every((v) => v === null || v === ''))) return sheet;
  // Rows without the header (typed over by hand) stay above a new header.
  const preamble = (header < 0 ? grid : grid.slice(0, Math.max(0, header - 1))).map((row) => row.map(valueOf));
  const headers = header < 0 ? [] : grid[header].map((v) => (v === null ? '' : String(valueOf(v))));
  const columns = new Map<string, number>();
  headers.forEach((h, c) => {
    if (h.trim() !== '' && !columns.has(text(h))) columns.set(text(h), c);
  });
  const columnOf = sheet.headers.map((h) => {
    let c = columns.get(text(h));
    if (c === undefined) {
      c = headers.length;
      headers.push(h);
      columns.set(text(h), c);
    }
    return c;
  });
  const body = header < 0 ? [] : grid.slice(header + 1).map((row) => row.map(valueOf));
  while (body.length > 0 && body[body.length - 1].every((v) => v === null || v === '')) body.pop();
  const rows = body.map((row) => Array.from({ length: headers.length }, (_, c) => row[c] ?? null));
  const modelStyle = new Map<number, CellStyle>();
  eachStyledCell(sheet, (r, c, style) => {
    if (r === 0) modelStyle.set(columnOf[c], style);
  });
  for (const values of sheet.rows) {
    const line: OutputValue[] = new Array(headers.length).fill(null);
    values.forEach((v, c) => {
      line[columnOf[c]] = v;
    });
    // A re-run for an audit date already in the history replaces that date's row; other rows are never changed (SPEC 4).
    const want = dayOf(line[columnOf[0]]);
    const same = want === null ? -1 : rows.findIndex((row) => dayOf(row[columnOf[0]]) === want);
    if (same >= 0) rows[same] = line;
    else rows.push(line);
  }
  const styles = new Map<string, CellStyle>();
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      const own = modelStyle.get(c);
      if (own) styles.set(styleKey(r, c), own);
      else if (old && typeof v === 'number' && body[r]?.[c] !== undefined && grid[header + 1 + r]?.[c] instanceof Date) styles.set(styleKey(r, c), { numberFormat: DATE_FORMAT });
    });
  });
  const widths = headers.map((_, c) => {
    const i = columnOf.indexOf(c);
    return i >= 0 ? sheet.columnWidths?.[i] ?? 0 : 0;
  });
  const merged: OutputSheet = { ...sheet, preamble, headers, rows, styles, columnWidths: widths };
  return { ...merged, charts: grownCharts(sheet, merged, columnOf) };
}

/** The history's charts over every row of the table, moved down below it. */
function grownCharts(sheet: OutputSheet, merged: OutputSheet, columnOf: readonly number[]): OutputChart[] {
  const at = sheetRows(merged);
  const model = sheetRows(sheet);
  const shift = at.firstDataRow + merged.rows.length - (model.firstDataRow + sheet.rows.length);
  const grow = (r: SheetRange): SheetRange => ({ row: at.firstDataRow, column: columnOf[r.column] ?? r.column,
      rows: merged.rows.length, columns: 1 });
  const out: OutputChart[] = [];
  for (const chart of sheet.charts ?? []) {
    if (chart.growsWithTable && merged.rows.length < chart.growsWithTable.minRows) continue;
    const { from, to } = chart.anchor;
    out.push({
      ...chart,
      growsWithTable: undefined,
      categories: grow(chart.categories),
      series: chart.series.map((s) => ({ ...s, values: grow(s.values) })),
      anchor: { from: { ...from, row: from.row + shift }, to: { ...to, row: to.row + shift } },
    });
  }
  return out;
}

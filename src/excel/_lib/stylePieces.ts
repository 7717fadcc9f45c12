import { eachStyledCell, type CellStyle, type OutputSheet } from '../../core/sheets/outputSheet';
import { columnLetters } from '../../core/_lib/columnLetters';
import type { XlWorksheet } from '../excelApi';
import type { BatchPiece } from './syncBatch';

// Excel refuses a multi-area address much past 8,000 characters (office-js issue 5198).
const MAX_ADDRESS = 7_500;

/** Horizontal runs of equal style as A1 areas, grouped by style. */
function areasByStyle(sheet: OutputSheet, firstDataRow: number, skipColumns: ReadonlySet<number>): Map<string, string[]> {
  // Each row's style ids indexed by column: a sparse array reads back in column order, with no per-row sort or map.
  const cells = new Map<number, string[]>();
  // A sheet shares a few style objects across thousands of cells: stringify each object once.
  const ids = new Map<CellStyle, string>();
  eachStyledCell(sheet, (r, c, style) => {
    if (skipColumns.has(c)) return;
    let row = cells.get(r);
    if (!row) cells.set(r, (row = []));
    let id = ids.get(style);
    if (id === undefined) ids.set(style, (id = JSON.stringify(style)));
    row[c] = id;
  });
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetters(c + 1));
  const byStyle = new Map<string, string[]>();
  for (const [r, row] of cells) {
    const excelRow = firstDataRow + r + 1;
    for (let i = 0; i < row.length; ) {
      const style = row[i];
      if (style === undefined) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < row.length && row[j + 1] === style) j++;
      const area = `${letter(i)}${excelRow}` + (j > i ? `:${letter(j)}${excelRow}` : '');
      let list = byStyle.get(style);
      if (!list) byStyle.set(style, (list = []));
      list.push(area);
      i = j + 1;
    }
  }
  return byStyle;
}

function stylePiece(ws: XlWorksheet, style: CellStyle, address: string): BatchPiece {
  return {
    bytes: address.length + 300,
    queue() {
      const format = ws.getRanges(address).format;
      if (style.fill) format.fill.color = `#${style.fill}`;
      if (style.fontColor) format.font.color = `#${style.fontColor}`;
      if (style.bold) format.font.bold = true;
    },
  };
}

/**
 * The sheet's cell styles (fills, font colours, bold) as pieces: one multi-area range per style and ~7,500 address
 * characters, so a heat map of 100,000 rows costs a few hundred requests, not millions.
 * @example stylePieces(ws, matrix, 1, new Set()).length // a handful for a small team
 */
export function stylePieces(ws: XlWorksheet, sheet: OutputSheet, firstDataRow: number, skipColumns: ReadonlySet<number>): BatchPiece[] {
  const pieces: BatchPiece[] = [];
  for (const [key, areas] of areasByStyle(sheet, firstDataRow, skipColumns)) {
    const style = JSON.parse(key) as CellStyle;
    let address = '';
    for (const area of areas) {
      if (address.length + area.length + 1 > MAX_ADDRESS) {
        pieces.push(stylePiece(ws, style, address));
        address = '';
      }
      address = address ? `${address},${area}` : area;
    }
    if (address) pieces.push(stylePiece(ws, style, address));
  }
  return pieces;
}

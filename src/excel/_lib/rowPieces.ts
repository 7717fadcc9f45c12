import type { OutputValue } from '../../core/outputSheet';
import type { XlWorksheet } from '../excelApi';
import { rowBytes } from './jsonBytes';
import { textFormatMask } from './literalText';
import type { BatchPiece } from './syncBatch';

/** Rows per write block before the size cap: large enough for few requests, small enough to halve quickly. */
export const BLOCK_ROWS = 10_000;

// The request's own wrapping of a block (the range, its address, the property names): batches filled exactly to the cap
// by the row bytes alone went out up to 1,166 bytes over it in the fake Excel's count (test/excel/writeSheets.test.ts).
const PIECE_OVERHEAD = 2048;

/** Request bytes of one row, over-estimated: twice the row (values and a Text-format mask) plus padding cells. */
function estimate(row: readonly OutputValue[], width: number): number {
  return 2 * rowBytes(row) + 8 * Math.max(0, width - row.length);
}

function rowsPiece(sheet: XlWorksheet, startRow: number, rows: readonly (readonly OutputValue[])[], width: number): BatchPiece {
  const padded = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  const mask = textFormatMask(rows, width);
  // Each row's share of the request: its values, and its mask row when the block sends one.
  const valueCost = padded.map((row) => rowBytes(row));
  const maskCost = mask ? mask.map((row) => rowBytes(row)) : null;
  const needsMask = mask ? mask.map((row) => row.some((f) => f !== null)) : null;
  let bytes = PIECE_OVERHEAD;
  for (let i = 0; i < rows.length; i++) bytes += valueCost[i] + (maskCost ? maskCost[i] : 0);
  return {
    bytes,
    queue() {
      const range = sheet.getRangeByIndexes(startRow, 0, padded.length, width);
      // The Text format must be on the cell before the value arrives: Excel parses the value when it is written.
      if (mask) range.numberFormat = mask;
      range.values = padded;
    },
    split() {
      if (rows.length < 2) return null;
      const half = rows.length >> 1;
      return [rowsPiece(sheet, startRow, rows.slice(0, half), width), rowsPiece(sheet, startRow + half, rows.slice(half), width)];
    },
    splitTo(room) {
      // The leading rows that fit, counted exactly as the head will be sent: with a mask once any of them needs one.
      let n = 0;
      let values = PIECE_OVERHEAD;
      let masks = 0;
      let masked = false;
      for (; n < rows.length - 1; n++) {
        const withMask: boolean = masked || (needsMask !== null && needsMask[n]);
        const cost = values + valueCost[n] + (withMask && maskCost ? masks + maskCost[n] : 0);
        if (cost > room) break;
        values += valueCost[n];
        masks += maskCost ? maskCost[n] : 0;
        masked = withMask;
      }
      if (n === 0) return null;
      return [rowsPiece(sheet, startRow, rows.slice(0, n), width), rowsPiece(sheet, startRow + n, rows.slice(n), width)];
    },
  };
}

/**
 * Cuts rows into write pieces of at most BLOCK_ROWS rows and maxBytes estimated request bytes each.
 * @example rowPieces(sheet, 3, rows, 14, 1_000_000).length // 1 for a few hundred rows
 */
export function rowPieces(sheet: XlWorksheet, startRow: number, rows: readonly (readonly OutputValue[])[], width: number, maxBytes: number): BatchPiece[] {
  const pieces: BatchPiece[] = [];
  let from = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = estimate(rows[i], width);
    if (i > from && (i - from >= BLOCK_ROWS || bytes + b > maxBytes)) {
      pieces.push(rowsPiece(sheet, startRow + from, rows.slice(from, i), width));
      from = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (from < rows.length) pieces.push(rowsPiece(sheet, startRow + from, rows.slice(from), width));
  return pieces;
}

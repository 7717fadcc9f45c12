import type { OutputValue } from '../../core/sheets/outputSheet';
import type { XlWorksheet } from '../excelApi';
import { stringBytes, valueBytes } from './jsonBytes';
import { needsTextFormat, textFormatMask } from './literalText';
import type { BatchPiece } from './syncBatch';

/** Excel's limit on the characters in one cell. */
export const CELL_TEXT_MAX = 32_767;

/** Rows per write block before the size cap: large enough for few requests, small enough to halve quickly. */
export const BLOCK_ROWS = 10_000;

// The request's own wrapping of a block (the range, its address, the property names): batches filled exactly to the cap
// by the row bytes alone went out up to 1,166 bytes over it in the fake Excel's count (test/excel/writeSheets.test.ts).
const PIECE_OVERHEAD = 2048;

type Rows = readonly (readonly OutputValue[])[];

/**
 * Every row's sizes, measured once per sheet: a piece is split and re-split as batches fill, and measuring the cells
 * again for each part was most of the write's time. Running totals let any run of rows be priced in O(1).
 */
interface Block {
  sheet: XlWorksheet;
  startRow: number;
  rows: Rows;
  width: number;
  /** JSON bytes of row i padded to the width (values), of its Text-format mask row, and whether it needs that mask. */
  valueCost: Float64Array;
  maskCost: Float64Array;
  needsMask: Uint8Array;
  /** Running totals: sums over rows [0, i) of the above. */
  valueSum: Float64Array;
  maskSum: Float64Array;
  maskedRows: Uint32Array;
  /** Each distinct string's JSON bytes, negated when it needs the Text format: a sheet repeats a few thousand strings. */
  strings: Map<string, number>;
}

/** A string's JSON bytes, negative when it needs the Text format (a JSON string is at least 2 bytes, never 0). */
function stringCost(block: Block, s: string): number {
  let cost = block.strings.get(s);
  if (cost === undefined) {
    cost = needsTextFormat(s) ? -stringBytes(s) : stringBytes(s);
    block.strings.set(s, cost);
  }
  return cost;
}

/** Sizes row i as rowBytes would size its padded values and its textFormatMask row; returns the cut estimate. */
function measureRow(block: Block, i: number): number {
  const { rows, width } = block;
  const row = rows[i];
  let raw = 0; // the row as given, null counted as null
  let padded = 0; // the row cut or padded to the width, null sent as ''
  let needed = 0;
  let maskLength = width; // textFormatMask writes past the width when a longer row needs it there
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    let b: number;
    if (typeof v === 'string') {
      b = stringCost(block, v);
      if (b < 0) {
        b = -b;
        needed++;
        if (c >= maskLength) maskLength = c + 1;
      }
    } else b = valueBytes(v);
    raw += b;
    if (c < width) padded += v === null || v === undefined ? 2 : b; // padding sends a missing value as ''
  }
  padded += 2 * Math.max(0, width - row.length);
  block.valueCost[i] = 3 + Math.max(0, width - 1) + padded;
  block.maskCost[i] = 3 + Math.max(0, maskLength - 1) + 4 * maskLength - needed; // null is 4 bytes, "@" 3
  block.needsMask[i] = needed > 0 ? 1 : 0;
  block.valueSum[i + 1] = block.valueSum[i] + block.valueCost[i];
  block.maskSum[i + 1] = block.maskSum[i] + block.maskCost[i];
  block.maskedRows[i + 1] = block.maskedRows[i] + block.needsMask[i];
  // Request bytes of the row, over-estimated: twice the row (values and a Text-format mask) plus padding cells.
  return 2 * (3 + Math.max(0, row.length - 1) + raw) + 8 * Math.max(0, width - row.length);
}

/** Rows [from, to) of a block, priced as they will be sent: the mask goes only when one of them needs it. */
function rowsPiece(block: Block, from: number, to: number): BatchPiece {
  const masked = block.maskedRows[to] > block.maskedRows[from];
  return {
    bytes: PIECE_OVERHEAD + block.valueSum[to] - block.valueSum[from] + (masked ? block.maskSum[to] - block.maskSum[from] : 0),
    queue() {
      const { rows, width } = block;
      // Built only for the parts actually sent: most pieces are split before they are queued.
      const padded: OutputValue[][] = new Array(to - from);
      for (let i = from; i < to; i++) {
        const row = rows[i];
        const out: OutputValue[] = new Array(width);
        for (let c = 0; c < width; c++) {
          const v = row[c];
          // Excel refuses a cell over 32,767 characters (the whole request fails): cut as the xlsx writer cuts.
          out[c] = v === null || v === undefined ? '' : typeof v === 'string' && v.length > CELL_TEXT_MAX ? `${v.slice(0, CELL_TEXT_MAX - 1)}…` : v;
        }
        padded[i - from] = out;
      }
      const range = block.sheet.getRangeByIndexes(block.startRow + from, 0, to - from, width);
      // The Text format must be on the cell before the value arrives: Excel parses the value when it is written.
      if (masked) range.numberFormat = textFormatMask(rows.slice(from, to), width, (v) => stringCost(block, v) < 0)!;
      range.values = padded;
    },
    split() {
      if (to - from < 2) return null;
      const half = from + ((to - from) >> 1);
      return [rowsPiece(block, from, half), rowsPiece(block, half, to)];
    },
    splitTo(room) {
      // The leading rows that fit, counted exactly as the head will be sent: with a mask once any of them needs one.
      const { valueCost, maskCost, needsMask } = block;
      let n = from;
      let values = PIECE_OVERHEAD;
      let masks = 0;
      let withMask = false;
      for (; n < to - 1; n++) {
        const nextMasked: boolean = withMask || needsMask[n] === 1;
        const cost = values + valueCost[n] + (nextMasked ? masks + maskCost[n] : 0);
        if (cost > room) break;
        values += valueCost[n];
        masks += maskCost[n];
        withMask = nextMasked;
      }
      if (n === from) return null;
      return [rowsPiece(block, from, n), rowsPiece(block, n, to)];
    },
  };
}

/**
 * Cuts rows into write pieces of at most BLOCK_ROWS rows and maxBytes estimated request bytes each.
 * @example rowPieces(sheet, 3, rows, 14, 1_000_000).length // 1 for a few hundred rows
 */
export function rowPieces(sheet: XlWorksheet, startRow: number, rows: Rows, width: number, maxBytes: number): BatchPiece[] {
  const count = rows.length;
  const block: Block = {
    sheet, startRow, rows, width,
    valueCost: new Float64Array(count), maskCost: new Float64Array(count), needsMask: new Uint8Array(count),
    valueSum: new Float64Array(count + 1), maskSum: new Float64Array(count + 1), maskedRows: new Uint32Array(count + 1),
    strings: new Map(),
  };
  const pieces: BatchPiece[] = [];
  let from = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const b = measureRow(block, i);
    if (i > from && (i - from >= BLOCK_ROWS || bytes + b > maxBytes)) {
      pieces.push(rowsPiece(block, from, i));
      from = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (from < count) pieces.push(rowsPiece(block, from, count));
  return pieces;
}

import fc from 'fast-check';
import type { OutputValue } from '../../src/core/sheets/outputSheet';
import type { XlWorksheet } from '../../src/excel/excelApi';
import { stringBytes } from '../../src/excel/_lib/jsonBytes';
import { textFormatMask } from '../../src/excel/_lib/literalText';
import { BLOCK_ROWS, rowPieces } from '../../src/excel/_lib/rowPieces';
import type { BatchPiece } from '../../src/excel/_lib/syncBatch';

// The accounting rowPieces must keep, written out from the arrays a piece actually sends, as it was first defined:
// a row's JSON bytes by stringBytes for text and String(v) for numbers, 2,048 bytes of overhead per piece.
const OVERHEAD = 2048;
function refRowBytes(row: readonly (OutputValue | undefined)[]): number {
  let n = 2 + Math.max(0, row.length - 1) + 1;
  for (const v of row) n += v === null || v === undefined ? 4 : typeof v === 'string' ? stringBytes(v) : typeof v === 'boolean' ? (v ? 4 : 5) : String(v).length;
  return n;
}
const refEstimate = (row: readonly OutputValue[], width: number) => 2 * refRowBytes(row) + 8 * Math.max(0, width - row.length);

/** A sheet that keeps the last range's arrays, and what one piece sends to it. */
const last = { start: -1, values: [] as OutputValue[][], mask: null as (string | null)[][] | null };
const sheet = {
  getRangeByIndexes: (start: number) => {
    last.start = start;
    return { set numberFormat(m: (string | null)[][]) { last.mask = m; }, set values(v: OutputValue[][]) { last.values = v; } };
  },
} as unknown as XlWorksheet;
function sent(piece: BatchPiece): typeof last {
  last.start = -1;
  last.mask = null;
  piece.queue();
  return { ...last };
}

// Text that exercises every byte rule and the Text-format test: escapes, controls, 2-, 3- and 4-byte characters,
// lone surrogates, formula-like and number-like strings.
const text = fc.oneof(
  fc.constantFrom('', 'Ann', 'Learning support', '=SUM(A1)', '+44', '0012', 'TRUE', 'false', 'S001', 'a"b', 'c\\d', 'tab\there', 'line\nbreak', 'café', '€5', '😀', '\ud800x', 'x\udc00'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const cell: fc.Arbitrary<OutputValue> = fc.oneof(text, fc.integer({ min: -2e9, max: 2e9 }), fc.double(), fc.constantFrom(0, -0, 1e21, 9007199254740993, 0.1, -1.5e-7), fc.boolean(), fc.constant(null));

describe('rowPieces accounting', () => {
  it('prices each piece, split and head exactly as the arrays it sends, and cuts where the row estimates say', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 200, max: 3000 }), (width, rows, maxBytes) => {
      // Every piece's price must equal what its queue() sends.
      const check = (piece: BatchPiece, from: number, to: number) => {
        const { start, values, mask } = sent(piece);
        expect(start).toBe(7 + from);
        expect(values).toEqual(rows.slice(from, to).map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')));
        expect(mask).toEqual(textFormatMask(rows.slice(from, to), width));
        expect(piece.bytes).toBe(OVERHEAD + values.reduce((n, r) => n + refRowBytes(r), 0) + (mask ? mask.reduce((n, r) => n + refRowBytes(r), 0) : 0));
      };
      const pieces = rowPieces(sheet, 7, rows, width, maxBytes);
      // Cut points as the estimate defines them.
      const cuts: number[] = [];
      let from = 0;
      let bytes = 0;
      rows.forEach((row, i) => {
        const b = refEstimate(row, width);
        if (i > from && (i - from >= BLOCK_ROWS || bytes + b > maxBytes)) {
          cuts.push(i);
          from = i;
          bytes = 0;
        }
        bytes += b;
      });
      const bounds = [0, ...cuts, rows.length];
      expect(pieces).toHaveLength(bounds.length - 1);
      pieces.forEach((piece, k) => {
        const [a, b] = [bounds[k], bounds[k + 1]];
        check(piece, a, b);
        const halves = piece.split!();
        if (halves) {
          check(halves[0], a, a + ((b - a) >> 1));
          check(halves[1], a + ((b - a) >> 1), b);
        }
        for (const room of [OVERHEAD + 50, OVERHEAD + 400, piece.bytes >> 1, piece.bytes - 1]) {
          const parts = piece.splitTo!(room);
          if (!parts) continue;
          const head = sent(parts[0]).values.length;
          check(parts[0], a, a + head);
          check(parts[1], a + head, b);
          expect(parts[0].bytes).toBeLessThanOrEqual(room);
        }
      });
    }), { numRuns: 300 });
  });

  it('sends rows longer than the width cut to it, and a longer row\'s mask as textFormatMask builds it', () => {
    const rows: OutputValue[][] = [['Ann', 1, '=x', 'S1'], [null]];
    const [piece] = rowPieces(sheet, 0, rows, 2, 1e9);
    const { values, mask } = sent(piece);
    expect(values).toEqual([['Ann', 1], ['', '']]);
    expect(mask).toEqual(textFormatMask(rows, 2));
    expect(piece.bytes).toBe(OVERHEAD + values.reduce((n, r) => n + refRowBytes(r), 0) + mask!.reduce((n, r) => n + refRowBytes(r), 0));
  });
});

import fc from 'fast-check';
import type { XlContext, XlWorksheet } from '../../src/excel/excelApi';
import { rowPieces } from '../../src/excel/_lib/rowPieces';
import { SyncBatch } from '../../src/excel/_lib/syncBatch';

/** A sheet that records each block written, and a context that records the JSON bytes each sync sent. */
function recorder() {
  const writes: { start: number; values: unknown[][] }[] = [];
  const perSync: number[] = [];
  let queued = 0;
  const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
  const sheet = {
    getRangeByIndexes: (start: number) => ({
      set numberFormat(mask: unknown) { queued += bytes(mask); },
      set values(v: unknown[][]) { queued += bytes(v); writes.push({ start, values: v }); },
    }),
  } as unknown as XlWorksheet;
  const context = {
    workbook: { application: { suspendApiCalculationUntilNextSync() {} } },
    sync: async () => {
      perSync.push(queued);
      queued = 0;
    },
  } as unknown as XlContext;
  return { writes, perSync, sheet, context };
}

describe('SyncBatch with row pieces', () => {
  it('fills each batch up to the cap by splitting rows, and writes every row once, in order', async () => {
    // Thousands of rows, so that pieces are far larger than the 64 KB a batch may leave unfilled: built from a seed,
    // since fast-check keeps generated arrays short.
    const rowsOf = (seed: number, count: number): (string | number)[][] => {
      let x = seed;
      const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
      // Every row starts with formula-like text, so every block sends a Text-format mask and a row's cost is fixed.
      return Array.from({ length: count }, () => ['=1', ...Array.from({ length: 2 + (next() % 4) }, () => {
        const k = next() % 10;
        return k < 3 ? next() : 'x'.repeat(50 + (next() % 200));
      })]);
    };
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 4000, max: 8000 }), fc.integer({ min: 1_000_000, max: 2_000_000 }), fc.integer({ min: 1, max: 2 }), async (seed, count, cap, perBatch) => {
      const rows = rowsOf(seed, count);
      const { writes, perSync, sheet, context } = recorder();
      const batch = new SyncBatch(context, cap);
      const pieces = rowPieces(sheet, 5, rows, 6, Math.floor(cap / (perBatch + 0.5)));
      for (const p of pieces) await batch.add(p);
      await batch.flush();
      const written = writes.flatMap((w) => w.values.map((_, i) => w.start + i));
      expect(written).toEqual(rows.map((_, i) => 5 + i));
      // Every batch but the last goes out full: under the cap, with less than 64 KB plus one row's bytes left over.
      const longestRow = Math.max(...rows.map((r) => 2 * Buffer.byteLength(JSON.stringify(r)) + 64));
      perSync.forEach((sent, i) => {
        expect(sent).toBeLessThanOrEqual(cap);
        if (i < perSync.length - 1) expect(sent).toBeGreaterThan(cap - 64 * 1024 - longestRow);
      });
    }), { numRuns: 5 });
  });

  it('a split head never passes the room it was cut for', () => {
    const { sheet } = recorder();
    const rows = Array.from({ length: 500 }, (_, i) => [i, i + 1, i + 2]); // short numbers: the null mask outweighs them
    const [piece] = rowPieces(sheet, 0, rows.map((r) => [...r, '=x']), 4, 1e9);
    for (const room of [100, 1_000, 5_000, 20_000]) {
      const parts = piece.splitTo!(room);
      if (parts) expect(parts[0].bytes).toBeLessThanOrEqual(room);
    }
  });
});

import * as v8 from 'v8';
import type { OutputSheet } from '../../core/sheets/outputSheet';

/**
 * Heap the write adds per output cell. The output sheets are already in memory; the package writer (auditPackage.ts) turns
 * them into XML a row at a time and hands it to the zip in 1 MB pieces, so what grows with the cells is the table of
 * distinct strings and garbage not yet collected. 10 bytes a cell is a margin for that, not a measurement. (exceljs's
 * streaming writer, before, measured 38-77 bytes a cell and was given 100; its in-memory writer held 338.)
 */
export const HEAP_BYTES_PER_OUTPUT_CELL = 10;
/** Keep a fifth of the free heap for the writer's own buffers and the zip. */
const USABLE_FRACTION = 0.8;

/** Cells the output sheets will add to the workbook. */
export function outputCells(sheets: readonly OutputSheet[]): number {
  let cells = 0;
  for (const s of sheets) {
    cells += s.headers.length * (s.rows.length + 1);
    for (const line of s.preamble) cells += line.length;
  }
  return cells;
}

/**
 * Null when the output fits in the heap left, else a one-line reason: the CLI then refuses cleanly (exit 3) instead of
 * dying of heap exhaustion part way through the write.
 * @example outputTooLarge(sheets) // null, or 'the audit output (21,000,000 cells) needs about 2.1 GB of memory and 1.9 GB is free: ...'
 */
export function outputTooLarge(sheets: readonly OutputSheet[], heap: Pick<v8.HeapInfo, 'heap_size_limit' | 'used_heap_size'> = v8.getHeapStatistics()): string | null {
  const cells = outputCells(sheets);
  const needed = cells * HEAP_BYTES_PER_OUTPUT_CELL;
  const free = heap.heap_size_limit - heap.used_heap_size;
  if (needed <= free * USABLE_FRACTION) return null;
  const gb = (n: number) => `${(n / 1e9).toFixed(1)} GB`;
  return `the audit output (${cells.toLocaleString('en-GB')} cells) needs about ${gb(needed)} of memory and ${gb(Math.max(0, free))} is free: audit fewer staff at a time, or give node more heap (NODE_OPTIONS=--max-old-space-size=16384)`;
}

import type { CellValue } from '../../core/cells/cellValue';
import type { XlContext, XlRange, XlWorksheet } from '../excelApi';
import { fromExcelValue } from './fromExcelValue';

/** A sheet's used range to read, and the rows array its values go into (row 0 = rowIndex). */
export interface RowBlock {
  sheet: XlWorksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  into: CellValue[][];
}

/** Excel on the web refuses a response over 5 MB; the per-cell size is an estimate, so we aim under 4 MB. */
export const DEFAULT_RESPONSE_BUDGET = 4_000_000;
// Cells per get: small enough to pack syncs closely and to halve quickly, far under Excel's 5 million.
const PIECE_CELLS = 100_000;
// Response bytes per cell assumed before anything has been read (a generated staff sheet measured about 4-7): a
// guess too low costs one refused sync, halved and sent again; too high costs a sync at every size.
const FIRST_GUESS_BYTES_PER_CELL = 8;

interface Piece { block: RowBlock; offset: number; rows: number }

function isResponseTooBig(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** Characters of a number in JSON, without building the string for the small integers most cells hold. */
function numberLength(v: number): number {
  if (!Number.isInteger(v) || Math.abs(v) >= 1e9) return String(v).length;
  let n = v < 0 ? 2 : 1;
  for (let p = 10, a = Math.abs(v); p <= a; p *= 10) n++;
  return n;
}

/** JSON bytes of values (ASCII text counted exactly, other text a little under): what Excel sent back for them. */
function valuesBytes(values: unknown[][]): number {
  let n = 2;
  for (const row of values) {
    n += 3;
    for (const v of row) {
      if (typeof v === 'string') n += v.length + 3;
      else if (typeof v === 'number') n += numberLength(v) + 1;
      else n += 6;
    }
  }
  return n;
}

/**
 * Reads the blocks' values in as few syncs as Excel on the web's 5 MB response limit allows: cut into pieces of at most
 * 100,000 cells, packed into syncs by an estimate of their response size that is corrected by what each sync brought
 * back. A sync Excel still refuses as too big is halved and sent again (a read changes nothing, so resending is safe).
 * Returns the syncs made.
 * @example await readRowBlocks(context, [{ sheet, rowIndex: 0, columnIndex: 0, rowCount: 10_002, columnCount: 43, into: rows }])
 */
export async function readRowBlocks(context: XlContext, blocks: readonly RowBlock[], budget = DEFAULT_RESPONSE_BUDGET): Promise<number> {
  const pieces: Piece[] = [];
  for (const block of blocks) {
    const step = Math.max(1, Math.floor(PIECE_CELLS / Math.max(1, block.columnCount)));
    for (let r = 0; r < block.rowCount; r += step) pieces.push({ block, offset: r, rows: Math.min(step, block.rowCount - r) });
  }
  let perCell = FIRST_GUESS_BYTES_PER_CELL;
  let syncs = 0;

  const send = async (group: Piece[]): Promise<void> => {
    const ranges: XlRange[] = group.map((p) => {
      const range = p.block.sheet.getRangeByIndexes(p.block.rowIndex + p.offset, p.block.columnIndex, p.rows, p.block.columnCount);
      range.load('values');
      return range;
    });
    try {
      syncs++;
      await context.sync();
    } catch (e) {
      if (!isResponseTooBig(e)) throw e;
      perCell *= 2;
      if (group.length > 1) {
        const half = group.length >> 1;
        await send(group.slice(0, half));
        await send(group.slice(half));
        return;
      }
      const [p] = group;
      if (p.rows < 2) throw e;
      const top = p.rows >> 1;
      await send([{ ...p, rows: top }]);
      await send([{ ...p, offset: p.offset + top, rows: p.rows - top }]);
      return;
    }
    let bytes = 0;
    let cells = 0;
    group.forEach((p, i) => {
      const values = ranges[i].values;
      bytes += valuesBytes(values);
      cells += p.rows * p.block.columnCount;
      for (let r = 0; r < values.length; r++) p.block.into[p.offset + r] = values[r].map(fromExcelValue);
    });
    // The next syncs are packed by what this one measured, with a margin for rows that differ.
    if (cells > 0) perCell = Math.max(1, (bytes / cells) * 1.2);
  };

  let group: Piece[] = [];
  let estimate = 0;
  for (const p of pieces) {
    const cost = p.rows * p.block.columnCount * perCell;
    if (group.length > 0 && estimate + cost > budget) {
      await send(group);
      group = [];
      estimate = 0;
    }
    group.push(p);
    estimate += p.rows * p.block.columnCount * perCell;
  }
  if (group.length > 0) await send(group);
  return syncs;
}

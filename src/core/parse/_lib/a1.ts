import { columnNumber } from '../../_lib/columnLetters';

/** A rectangle of Excel cells, 1-based rows and columns, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Reads "B3:C4" (or "B3", or "Sheet1!B3:C4"); null when unreadable. */
export function parseA1Range(ref: string): CellRange | null {
  const bare = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const [a, b = a] = bare.split(':');
  const ma = CELL.exec(a.trim());
  const mb = CELL.exec(b.trim());
  if (!ma || !mb) return null;
  const r1 = Number(ma[2]);
  const r2 = Number(mb[2]);
  const c1 = columnNumber(ma[1]);
  const c2 = columnNumber(mb[1]);
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** True when two ranges share at least one cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

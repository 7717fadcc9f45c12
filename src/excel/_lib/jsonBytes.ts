import type { OutputValue } from '../../core/sheets/outputSheet';

/** UTF-8 bytes of a string as JSON would send it (quotes and escapes included), without building the JSON. */
export function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u === 0x22 || u === 0x5c) n += 2;
    else if (u < 0x20) n += 6;
    else if (u < 0x80) n += 1;
    else if (u < 0x800) n += 2;
    else if (u >= 0xd800 && u < 0xdc00) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    }
    else n += 3;
  }
  return n;
}

/** Characters of String(v), without building the string for the integers that fill most output cells. */
export function numberBytes(v: number): number {
  if (!Number.isSafeInteger(v)) return String(v).length;
  let n = v < 0 ? 2 : 1;
  // Powers of ten are exact doubles, so comparing against them counts digits without rounding surprises.
  for (let p = 10, a = Math.abs(v); p <= a; p *= 10) n++;
  return n;
}

/** JSON bytes of one cell value. */
export function valueBytes(v: OutputValue | undefined): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return stringBytes(v);
  if (typeof v === 'boolean') return v ? 4 : 5;
  return numberBytes(v);
}

/** JSON bytes of one row of a 2D array: the values, commas and brackets. */
export function rowBytes(row: readonly (OutputValue | undefined)[]): number {
  let n = 2 + Math.max(0, row.length - 1);
  for (const v of row) n += valueBytes(v);
  return n + 1; // the comma between rows
}

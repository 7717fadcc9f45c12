import type { CellValue } from '../../cells/cellValue';
import { parseRating, type ParsedRating } from '../../nos/parseRating';
import type { Read } from '../staffFieldReaders';
import { DayCache } from '../../_lib/dayCache';

/** A field reader as STAFF_FIELD_READERS holds them. */
export type FieldReader = (v: CellValue, auditDate: string) => Read<unknown>;

/** Reads one column's cells. */
export type CellReader = (v: CellValue) => Read<unknown>;

// Staff tables repeat the same texts ("Permanent", "03/04/2024", "GCSE C") down a column: each distinct text is read once.
// Columns of mostly unique text (names, IDs) are read directly: a cache would only cost.
const CACHE_LIMIT = 10000;
// Very long texts are mostly unique, and hashing them costs more than reading them; lists of titles up to this length repeat.
const MAX_CACHED_TEXT = 256;
const DAY_MS = 86400000;

/** Remembers a reading in a bounded map. */
function remember<K>(memo: Map<K, Read<unknown>>, key: K, r: Read<unknown>): Read<unknown> {
  if (memo.size < CACHE_LIMIT) memo.set(key, r);
  return r;
}

/** A reader that remembers its answer per distinct text, number or day; readings are shared, so callers copy arrays before keeping them. */
export function cachedReader(read: FieldReader, auditDate: string): CellReader {
  const byText = new Map<string, Read<unknown>>();
  const byNumber = new Map<number, Read<unknown>>();
  const byDay = new DayCache<Read<unknown>>();
  return (v) => {
    let r: Read<unknown> | undefined;
    if (typeof v === 'string') {
      if (v.length > MAX_CACHED_TEXT) return read(v, auditDate);
      r = byText.get(v) ?? remember(byText, v, read(v, auditDate));
    } else if (typeof v === 'number') {
      r = byNumber.get(v) ?? remember(byNumber, v, read(v, auditDate));
    } else if (v instanceof Date) {
      // Readers see a Date only through its UTC date, so the day number is key enough (and a small integer hashes fast).
      const t = v.getTime();
      if (Number.isNaN(t)) return read(v, auditDate);
      const day = Math.floor(t / DAY_MS);
      r = byDay.get(day);
      if (r === undefined) {
        r = read(v, auditDate);
        if (byDay.outliers < CACHE_LIMIT) byDay.set(day, r);
      }
    } else return read(v, auditDate);
    return r;
  };
}

/** parseRating, remembered per distinct text (numbers are read directly: that is already cheap). */
export function cachedRating(): (v: CellValue) => ParsedRating {
  const byText = new Map<string, ParsedRating>();
  return (v) => {
    if (typeof v !== 'string') return parseRating(v);
    let r = byText.get(v);
    if (r === undefined) {
      r = parseRating(v);
      if (byText.size < CACHE_LIMIT) byText.set(v, r);
    }
    return r;
  };
}

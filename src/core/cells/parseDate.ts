import { DayCache } from '../_lib/dayCache';
import { isoDate } from '../_lib/isoDate';
import { isoFromUtc } from '../_lib/isoFromUtc';
import { tidySpaces } from '../_lib/tidySpaces';
import { isCellError, type CellValue } from './cellValue';
import { isoFromSerial } from './excelSerial';
import { meansNothing } from './meansNothing';

/** A date cell read: a date, done with no date ("Yes"), not done ("No"), blank, or unreadable. */
export type ParsedDate =
  | { kind: 'date'; date: string }
  | { kind: 'done' }
  | { kind: 'no' }
  | { kind: 'blank' }
  | { kind: 'invalid' };

const MONTHS = new Map<string, number>([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['june', 6], ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);
const YES = new Set(['yes', 'y', 'true', 'done', 'completed', 'complete', 'x', '✓', '✔']);
const NO = new Set(['no', 'n', 'false', 'not done', 'none', 'not completed', 'outstanding']);
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?,? (\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/;
const MONTH_YEAR = /^([a-z]+)\.?,? (\d{4})$/;
const SERIAL = /^\d{4,5}(?:\.\d+)?$/;
// Dates outside these years are typing slips, not staff records.
const MIN_YEAR = 1910;
const MAX_YEAR = 2099;

/** Two-digit years follow Excel: 00-29 are 2000s, 30-99 are 1900s. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/** Keeps dates inside the plausible range. */
function inRange(iso: string | null): ParsedDate {
  if (iso === null) return { kind: 'invalid' };
  const y = Number(iso.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR ? { kind: 'date', date: iso } : { kind: 'invalid' };
}

/** Reads date text: ISO, UK day/month/year, "3 April 2025", "April 3, 2025", "April 2025" (the 1st). */
function fromText(raw: string): ParsedDate {
  const t = tidySpaces(raw).toLowerCase();
  if (t === '' || meansNothing(t)) return { kind: 'blank' };
  if (YES.has(t)) return { kind: 'done' };
  if (NO.has(t)) return { kind: 'no' };
  let m = ISO.exec(t);
  if (m) return inRange(isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = NUMERIC.exec(t);
  if (m) return inRange(isoDate(fullYear(m[3]), Number(m[2]), Number(m[1])));
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return inRange(isoDate(Number(m[3]), MONTHS.get(m[2]) ?? 0, Number(m[1])));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return inRange(isoDate(Number(m[3]), MONTHS.get(m[1]) ?? 0, Number(m[2])));
  m = MONTH_YEAR.exec(t);
  if (m) return inRange(isoDate(Number(m[2]), MONTHS.get(m[1]) ?? 0, 1));
  if (SERIAL.test(t)) return inRange(isoFromSerial(Number(t)));
  return { kind: 'invalid' };
}

// Date cells repeat the same days down a sheet: each day is read once. The readings are shared, so callers must not change them.
const DAY_MS = 86400000;
const BY_DAY = new DayCache<ParsedDate>();
const OUTLIER_LIMIT = 10000;

function fromDate(value: Date): ParsedDate {
  const t = value.getTime();
  if (Number.isNaN(t)) return inRange(null);
  const day = Math.floor(t / DAY_MS); // the UTC date depends on the whole days only
  let parsed = BY_DAY.get(day);
  if (parsed === undefined) {
    parsed = inRange(isoFromUtc(value));
    if (BY_DAY.outliers >= OUTLIER_LIMIT) BY_DAY.clear();
    BY_DAY.set(day, parsed);
  }
  return parsed;
}

/**
 * Reads a date cell (SPEC 2.1): Excel serials, Date objects (UTC parts), ISO, UK dd/mm/yyyy and d/m/yy, "3 April 2025"; "Yes" is done with
 * no date.
 * @example parseDate('03/04/2025') // { kind: 'date', date: '2025-04-03' }
 */
export function parseDate(value: CellValue | undefined): ParsedDate {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (isCellError(value)) return { kind: 'invalid' };
  if (typeof value === 'boolean') return value ? { kind: 'done' } : { kind: 'no' };
  if (value instanceof Date) return fromDate(value);
  if (typeof value === 'number') return Number.isFinite(value) ? inRange(isoFromSerial(value)) : { kind: 'invalid' };
  return fromText(value);
}

// ISO yyyy-mm-dd arithmetic on the proleptic Gregorian calendar, by day numbers:
// no Date objects, so no time zones and no clock (CONTRIBUTING: core has no clock).

const ZERO = 48;
const HYPHEN = 45;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at `i` (0-9), or -1 when it is not an ASCII digit. */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

// Dates are checked millions of times on a large team: reading the characters allocates nothing, unlike a regex match.
/** The number in text[from, from + len) when all of it is ASCII digits, else -1. */
function digits(text: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const d = digit(text, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True for a real calendar date written yyyy-mm-dd. @example isIsoDate('2024-02-29') // true */
export function isIsoDate(text: string): boolean {
  // Like a regex test, a value from untyped JavaScript is read as its text.
  if (typeof text !== 'string') return isIsoDate(String(text));
  if (text.length !== 10 || text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return false;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 0 || mo < 0 || d < 0) return false;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(iso: string): [number, number, number] {
  // A malformed date reaching here is a broken invariant: parsing has already validated dates.
  if (!isIsoDate(iso)) throw new Error(`Not an ISO date (yyyy-mm-dd): ${iso}`);
  return [digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2)];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month (1-12). @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : DAYS[m - 1];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). @example toDayNumber('1970-01-02') // 1 */
export function toDayNumber(iso: string): number {
  const [yy, m, d] = parts(iso);
  const y = m <= 2 ? yy - 1 : yy;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number. @example fromDayNumber(0) // '1970-01-01' */
export function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** Adds (or with a negative n subtracts) days. @example addDays('2024-02-28', 2) // '2024-03-01' */
export function addDays(iso: string, n: number): string {
  return fromDayNumber(toDayNumber(iso) + n);
}

/**
 * Adds whole months; a day that does not exist in the target month becomes its last day.
 * @example addMonths('2024-01-31', 1) // '2024-02-29'
 */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + Math.trunc(n);
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/**
 * Adds years (fractions go to the nearest month); 29 February lands on 28 February in a common year.
 * @example addYears('2024-02-29', 1) // '2025-02-28'
 */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, Math.round(years * 12));
}

/**
 * Completed years from `from` to `to` (an anniversary on 29 February falls on 28 February); negative when `to` is earlier.
 * @example wholeYearsBetween('2020-02-29', '2021-02-28') // 1
 */
export function wholeYearsBetween(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (addYears(from, years) > to) years -= 1;
  return years;
}

/** ISO yyyy-mm-dd from parts, or null when the day does not exist. @example isoDate(2024, 2, 29) // '2024-02-29' */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return format(y, m, d);
}

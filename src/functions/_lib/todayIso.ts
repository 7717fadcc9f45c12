/**
 * Today's date in the user's time zone as yyyy-mm-dd: the audit date for SMART checks typed into a cell
 * (core never reads the clock).
 * @example todayIso(new Date(2026, 8, 1)) // '2026-09-01'
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

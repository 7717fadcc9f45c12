/**
 * The calendar date of a moment in the user's time zone, as yyyy-mm-dd: what "today" means for an audit date. The
 * adapters pass the moment (`todayIso(new Date())`), since core never reads the clock.
 * @example todayIso(new Date(2026, 8, 1, 23, 30)) // '2026-09-01'
 */
export function todayIso(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

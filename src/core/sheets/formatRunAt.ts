/**
 * The "Run at" stamp of Audit History, in the local time of the machine that ran the audit. The time is an argument:
 * core never reads the clock.
 * @example formatRunAt(new Date(2026, 8, 1, 9, 5)) // '2026-09-01 09:05'
 */
export function formatRunAt(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${p(at.getHours())}:${p(at.getMinutes())}`;
}

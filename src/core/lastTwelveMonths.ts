import { addYears } from './_lib/isoDate';
import { memo } from './_lib/memo';
import type { DoneRecord } from './staffMember';

// SPEC 3.8: "in the last 12 months" is on or after the same day one year before the audit date,
// and not after it. The day before a 29 February audit date has no "same day" a year earlier:
// it becomes 28 February (the window is then one day longer, never shorter), seed-neutral decision.

/**
 * First day of the 12-month window ending on the audit date.
 * @example lastTwelveMonthsStart('2025-03-31') // '2024-03-31'
 */
export function lastTwelveMonthsStart(auditDate: string): string {
  return yearBefore(auditDate);
}
// Asked for every person with the same audit date: worked out once.
const yearBefore = memo((auditDate: string): string => addYears(auditDate, -1));

/**
 * True when the ISO date is within the 12 months up to and including the audit date.
 * @example isInLastTwelveMonths('2024-03-31', '2025-03-31') // true
 */
export function isInLastTwelveMonths(date: string, auditDate: string): boolean {
  return date >= lastTwelveMonthsStart(auditDate) && date <= auditDate;
}

/**
 * Whether something recorded as done (a review, an observation, joint training) happened in the last 12 months.
 * No record: false. Done with no date ("Yes" in a date column, SPEC 2.1): false too, since it cannot be shown to fall in
 * the window (SPEC 9.1, "undated evidence is treated alike"); the person's need is then to record the date.
 * @example doneInLastTwelveMonths({ date: null }, '2025-03-31') // false
 */
export function doneInLastTwelveMonths(record: DoneRecord | null | undefined, auditDate: string): boolean {
  if (!record || record.date === null) return false;
  return isInLastTwelveMonths(record.date, auditDate);
}

/**
 * Done with no date ("Yes" in a date column): counted in no window, and the need is to record the date (SPEC 9.1).
 * @example undated({ date: null }) // true
 */
export function undated(record: DoneRecord | null | undefined): boolean {
  return record !== null && record !== undefined && record.date === null;
}

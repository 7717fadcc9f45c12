import { fromDayNumber, isIsoDate, toDayNumber } from '../_lib/isoDate';

// Excel's 1900 date system counts 1900 as a leap year: serial 60 is a 29 February 1900 that never was. From serial 61
// (1 March 1900) on, serial 0 is 30 December 1899; serials 1-59 count from 31 December 1899 (serial 1 is 1 January 1900).
const EPOCH_FROM_MARCH_1900 = toDayNumber('1899-12-30');
const EPOCH_BEFORE_MARCH_1900 = toDayNumber('1899-12-31');

/**
 * The ISO date of an Excel serial (its whole days; the time of day is dropped); null for serial 60 (the phantom
 * 29/02/1900) and for serials below 1.
 * @example isoFromSerial(46266) // '2026-09-01'
 */
export function isoFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial);
  if (days < 1 || days === 60) return null;
  return fromDayNumber(days + (days > 60 ? EPOCH_FROM_MARCH_1900 : EPOCH_BEFORE_MARCH_1900));
}

/**
 * The Excel serial of an ISO date; null when the text is not a real yyyy-mm-dd date or falls before 1 January 1900.
 * @example serialFromIso('1900-03-01') // 61
 */
export function serialFromIso(iso: string): number | null {
  if (!isIsoDate(iso)) return null;
  const day = toDayNumber(iso);
  const fromMarch = day - EPOCH_FROM_MARCH_1900;
  if (fromMarch >= 61) return fromMarch;
  const before = day - EPOCH_BEFORE_MARCH_1900;
  return before >= 1 ? before : null;
}

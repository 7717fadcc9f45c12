import { isIsoDate } from '../_lib/isoDate';
import { serialFromIso } from '../cells/excelSerial';

/**
 * The Excel serial number of an ISO date (with an optional "hh:mm" time), or null when the text is not one: written
 * with DATE_FORMAT, it is a real date in Excel and LibreOffice, never ISO text (SPEC 4.2).
 * @example excelDate('2026-09-01') // 46266
 */
export function excelDate(text: string): number | null {
  const day = text.slice(0, 10);
  const serial = serialFromIso(day);
  if (serial === null) return null;
  const time = /^[ T](\d{2}):(\d{2})$/.exec(text.slice(10));
  if (text.length > 10 && !time) return null;
  return time ? serial + (Number(time[1]) * 60 + Number(time[2])) / 1440 : serial;
}

/**
 * Writes the ISO dates inside a text the way users read them, dd/mm/yyyy.
 * @example ukDates('Date is after the audit date (2026-09-01)') // 'Date is after the audit date (01/09/2026)'
 */
export function ukDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (all, y: string, m: string, d: string) => (isIsoDate(all) ? `${d}/${m}/${y}` : all));
}

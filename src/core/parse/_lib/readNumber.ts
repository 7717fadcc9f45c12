import { meansNothing } from '../../cells/meansNothing';
import { isCellError, type CellValue } from '../../cells/cellValue';

/** A number read from a cell: a value, blank, or unreadable. */
export type ReadNumber = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'invalid' };

// "22.5", "22.5 hrs", "22,5", "22.5 hours per week", "£0" is not a number of hours
const NUMBER_TEXT = /^(-?\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hour|hours|credits?|learners?|pw|p\/w|per week|a week|hours per week|hrs per week|hrs\/week|hours\/week)?\.?$/;

/** Reads a non-negative number, from a number or from text such as "22.5 hrs". */
export function readNumber(v: CellValue | undefined): ReadNumber {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? { kind: 'number', value: v } : { kind: 'invalid' };
  if (typeof v !== 'string' || isCellError(v)) return { kind: 'invalid' };
  const t = v.trim().toLowerCase();
  if (t === '' || meansNothing(t)) return { kind: 'blank' };
  const m = NUMBER_TEXT.exec(t);
  if (!m) return { kind: 'invalid' };
  const n = Number(m[1].replace(',', '.'));
  return n >= 0 ? { kind: 'number', value: n } : { kind: 'invalid' };
}

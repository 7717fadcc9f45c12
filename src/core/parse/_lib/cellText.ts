import { isCellError, type CellValue } from '../../cellValue';

const SPACES = /\s+/g;
const ISSUE_VALUE_MAX = 200;

/** Zero-padded ISO date of a Date's UTC parts; adapters hand dates as UTC midnight. */
export function isoFromUtc(d: Date): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  const y = d.getUTCFullYear();
  if (y < 1 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** A cell as trimmed text with runs of white space collapsed; null when blank or an error value. */
export function cellText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined || isCellError(v)) return null;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return null;
    return t.replace(SPACES, ' ');
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (v instanceof Date) return isoFromUtc(v);
  return null;
}

/** True when the cell holds something (an error value counts: it is reported, not ignored). */
export function isFilled(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  return true;
}

/** The text shown in the Value column of Audit Issues: error code, or the cell text cut to ~200 characters. */
export function issueValue(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (isCellError(v)) return v.error;
  const text = typeof v === 'string' ? v : cellText(v);
  if (text === null) return null;
  return text.length > ISSUE_VALUE_MAX ? `${text.slice(0, ISSUE_VALUE_MAX)}…` : text;
}

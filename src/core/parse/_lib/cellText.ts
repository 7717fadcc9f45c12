import { isCellError, type CellValue } from '../../cells/cellValue';
import { isoFromUtc } from '../../_lib/isoFromUtc';
import { isTidy } from '../../_lib/tidySpaces';

const SPACES = /\s+/g;
const ISSUE_VALUE_MAX = 200;
/** A cell as trimmed text with runs of white space collapsed; null when blank or an error value. @example cellText('  Ann   Lee ') // 'Ann Lee' */
export function cellText(v: CellValue | undefined): string | null {
  if (typeof v === 'string') {
    // Most cells are tidy already: returned as they are, with no copy.
    if (isTidy(v)) return v === '' ? null : v;
    const t = v.trim();
    if (t === '') return null;
    return t.replace(SPACES, ' ');
  }
  if (v === null || v === undefined || isCellError(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (v instanceof Date) return isoFromUtc(v);
  return null;
}

/** True when the cell holds something (an error value counts: it is reported, not ignored). */
export function isFilled(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') {
    // Most texts start with a letter or digit: no need to trim (and copy) them to know they are not blank.
    const c = v.charCodeAt(0);
    return v.length > 0 && ((c > 32 && c < 0x80) || v.trim() !== '');
  }
  return true;
}

/**
 * The Value of an issue about a cell and whether the cell held a real date (SPEC 4.2: echoed as the user saw it).
 * @example issueCell(new Date(Date.UTC(2026, 0, 2))) // { value: '2026-01-02', valueIsDate: true }
 */
export function issueCell(v: CellValue | undefined): { value: string | null; valueIsDate?: true } {
  return v instanceof Date ? { value: issueValue(v), valueIsDate: true } : { value: issueValue(v) };
}

/** The text shown in the Value column of Audit Issues: error code, or the cell text cut to ~200 characters. */
export function issueValue(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (isCellError(v)) return v.error;
  const text = typeof v === 'string' ? v : cellText(v);
  if (text === null) return null;
  return text.length > ISSUE_VALUE_MAX ? `${text.slice(0, ISSUE_VALUE_MAX)}…` : text;
}

import type { OutputValue } from '../../core/sheets/outputSheet';

// Characters XML 1.0 cannot carry; left in, they make Excel report the file as corrupt.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const EXCEL_MAX_TEXT = 32767;

/**
 * The value to put in an exceljs cell: text stays literal text, non-finite numbers become blank.
 * @example cellOut('=SUM(A1)') // '=SUM(A1)' (a string value, never a formula)
 */
export function cellOut(v: OutputValue | undefined): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  const text = String(v).replace(XML_ILLEGAL, '');
  return text.length > EXCEL_MAX_TEXT ? `${text.slice(0, EXCEL_MAX_TEXT - 1)}…` : text;
}

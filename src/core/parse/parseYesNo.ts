import { meansNothing } from '../cells/meansNothing';
import { isCellError, type CellValue } from '../cells/cellValue';
import { tidySpaces } from '../_lib/tidySpaces';

/** A Yes/No cell read: a value, blank, or something else (kept as text by callers that accept names). */
export type ParsedYesNo = { kind: 'value'; value: boolean } | { kind: 'blank' } | { kind: 'invalid' };

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'done', 'paid', 'member', 'active']);
const NO = new Set(['no', 'n', 'false', '0', 'none', 'not paid', 'unpaid', 'nil']);
const LEADING_WORD = /^([a-z]+)\b/;

/**
 * Reads a Yes/No cell; "Yes - LSA forum" counts as Yes, "No (unpaid)" as No.
 * @example parseYesNo('Y') // { kind: 'value', value: true }
 */
export function parseYesNo(value: CellValue | undefined): ParsedYesNo {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'boolean') return { kind: 'value', value };
  if (typeof value === 'number') return value === 1 || value === 0 ? { kind: 'value', value: value === 1 } : { kind: 'invalid' };
  if (isCellError(value) || value instanceof Date) return { kind: 'invalid' };
  const t = tidySpaces(value).toLowerCase();
  if (t === '' || (meansNothing(t) && !NO.has(t))) return { kind: 'blank' };
  if (YES.has(t)) return { kind: 'value', value: true };
  if (NO.has(t)) return { kind: 'value', value: false };
  const first = LEADING_WORD.exec(t)?.[1];
  if (first === 'yes') return { kind: 'value', value: true };
  if (first === 'no' || first === 'not') return { kind: 'value', value: false };
  return { kind: 'invalid' };
}

import type { CellValue } from '../../core/cells/cellValue';

// Range.values gives error values as their text; a user typing "#N/A" as text is rare enough to read it as the error.
const ERRORS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

/** One value from Range.values as core's CellValue: "" is an empty cell, error text an error, dates stay serial numbers. */
export function fromExcelValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return ERRORS.has(s) ? { error: s } : s;
}

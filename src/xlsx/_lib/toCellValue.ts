import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/cells/cellValue';

/**
 * Unwraps an exceljs cell value into core's CellValue: rich text and hyperlinks to text, formulas to their cached result.
 * @example toCellValue({ formula: 'VLOOKUP(A2,X:Y,2,0)', result: { error: '#N/A' } }) // { error: '#N/A' }
 */
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return v as string | number | boolean;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === 'string') return { error: o.error };
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((run) => run.text ?? '').join('');
  if ('formula' in o || 'sharedFormula' in o) return toCellValue(o.result as ExcelJS.CellValue);
  if ('text' in o) return toCellValue(o.text as ExcelJS.CellValue);
  return null;
}

import { isCellError, type CellValue } from '../../src/core/cells/cellValue';
import type { RawWorkbook } from '../../src/core/cells/rawWorkbook';

const EPOCH_MS = Date.UTC(1899, 11, 30);

/** One cell as Office.js Range.values returns it: '' for empty, a serial number for a date, the error's text. */
export function toExcelValue(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (v instanceof Date) return (v.getTime() - EPOCH_MS) / 86_400_000;
  if (isCellError(v)) return v.error;
  return v;
}

/** The generated team as a fake Excel workbook's init (test/excel/_lib/fakeExcel.ts FakeWorkbookInit), sheets from A1. */
export function toFakeWorkbookInit(wb: RawWorkbook): { sheets: { name: string; rows: (string | number | boolean)[][] }[]; active: string } {
  return {
    sheets: wb.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(toExcelValue)) })),
    active: wb.sheets[0].name,
  };
}

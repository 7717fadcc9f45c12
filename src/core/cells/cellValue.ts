/** An Excel error value such as #N/A or #REF!, as read from a cell. */
export interface CellError {
  error: string;
}

/** One cell as the adapters hand it to core: already unwrapped from exceljs / Office.js shapes. */
export type CellValue = string | number | boolean | Date | CellError | null;

/** True when the cell holds an Excel error value. */
export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string';
}

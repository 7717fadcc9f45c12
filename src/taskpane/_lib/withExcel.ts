import type { XlContext } from '../../excel/excelApi';

/** Runs a batch against the open workbook (Office.js Excel.run, or the browser tests' fake host). */
export function withExcel<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
  return Excel.run((context) => batch(context as unknown as XlContext));
}

/** Lets the browser paint (progress bars) before the next piece of synchronous work. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

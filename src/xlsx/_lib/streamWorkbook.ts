import type ExcelJS from 'exceljs';
import type { OutputSheet } from '../../core/sheets/outputSheet';
import { openBookStream } from './bookStream';
import { copySheet } from './copySheet';
import { streamSheet } from './streamSheet';

/**
 * Streams a loaded workbook to `file` in tab order: each sheet in `streamed` is written from its output sheet, every other
 * sheet (the user's, Audit History, the meta sheet) is copied. On failure the file is closed before the error is rethrown.
 * @example await streamWorkbook(workbook, new Map([[placeholder, matrixSheet]]), 'out.xlsx.tmp')
 */
export async function streamWorkbook(workbook: ExcelJS.Workbook, streamed: ReadonlyMap<ExcelJS.Worksheet, OutputSheet>, file: string): Promise<void> {
  const book = await openBookStream(workbook, file);
  try {
    for (const ws of workbook.worksheets) {
      const sheet = streamed.get(ws);
      if (sheet) await streamSheet(book, ws.name, sheet);
      else await copySheet(book, ws);
    }
    await book.finish();
  } catch (err) {
    await book.abort();
    throw err;
  }
}

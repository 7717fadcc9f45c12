import type ExcelJS from 'exceljs';
import type { OutputSheet } from '../../core/sheets/outputSheet';
import { openBookStream } from './bookStream';
import { copySheet } from './copySheet';
import { historyCharts } from './historyCharts';
import { streamSheet, type TargetOf } from './streamSheet';

export interface StreamWorkbookOptions {
  /** The sheet the workbook opens on (the Audit Summary). */
  active?: ExcelJS.Worksheet;
  /** Final names of the output sheets, for the links between them. */
  targetOf?: TargetOf;
  /** Sheets kept in memory and copied (Audit History) with the output sheet they were written from, for their charts. */
  copied?: ReadonlyMap<ExcelJS.Worksheet, OutputSheet>;
}

/**
 * Streams a loaded workbook to `file` in tab order: each sheet in `streamed` is written from its output sheet, every other
 * sheet (the user's, Audit History, the meta sheet) is copied. On failure the file is closed before the error is rethrown.
 * @example await streamWorkbook(workbook, new Map([[placeholder, matrixSheet]]), 'out.xlsx.tmp')
 */
export async function streamWorkbook(
  workbook: ExcelJS.Workbook,
  streamed: ReadonlyMap<ExcelJS.Worksheet, OutputSheet>,
  file: string,
  options: StreamWorkbookOptions = {},
): Promise<void> {
  const active = options.active && workbook.worksheets.indexOf(options.active);
  const views = active !== undefined && active >= 0
    ? [{ ...(workbook.views?.[0] ?? {}), activeTab: active, firstSheet: 0, visibility: 'visible' }]
    : undefined;
  const book = await openBookStream(workbook, file, views as ExcelJS.WorkbookView[] | undefined);
  try {
    for (const ws of workbook.worksheets) {
      const sheet = streamed.get(ws);
      const isActive = ws === options.active;
      if (sheet) await streamSheet(book, ws.name, sheet, undefined, { active: isActive, targetOf: options.targetOf });
      else {
        const from = options.copied?.get(ws);
        await copySheet(book, ws, undefined, {
          selected: views ? isActive : undefined,
          beforeCommit: from ? (to) => historyCharts(book, to, ws, from) : undefined,
        });
      }
    }
    await book.finish();
  } catch (err) {
    await book.abort();
    throw err;
  }
}

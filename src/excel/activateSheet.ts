import type { XlContext } from './excelApi';

/**
 * Shows a sheet (the pane's links to its output sheets); false when it no longer exists.
 * @example await activateSheet(context, 'Audit Issues')
 */
export async function activateSheet(context: XlContext, name: string): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  ws.load('name');
  await context.sync();
  if (ws.isNullObject) return false;
  ws.activate();
  await context.sync();
  return true;
}

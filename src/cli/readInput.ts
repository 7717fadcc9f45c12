import path from 'path';
import { readCsvFile } from '../xlsx/readCsvFile';
import { readWorkbookFile, WorkbookReadError, type WorkbookRead } from '../xlsx/readXlsx';

/**
 * Reads the input by its kind: a .csv as the staff table, an .ods or .numbers refused with advice, anything else as .xlsx
 * (whose contents are checked: an .xls or a text file under an .xlsx name is still refused clearly).
 * @example const { raw } = await readInput('team.csv')
 */
export async function readInput(file: string): Promise<WorkbookRead> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return readCsvFile(file);
  if (ext === '.ods' || ext === '.ots' || ext === '.fods') throw new WorkbookReadError('opendocument', path.basename(file));
  if (ext === '.numbers') throw new WorkbookReadError('numbers', path.basename(file));
  // The audit's own sheets from an earlier run are replaced whole: only the user's sheets and Audit History are read.
  return readWorkbookFile(file, { skipOwned: true });
}

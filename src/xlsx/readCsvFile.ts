import * as path from 'path';
import type { CellValue } from '../core/cells/cellValue';
import { readBytes } from './_lib/loadWorkbook';
import type { WorkbookRead } from './readXlsx';
import { WorkbookReadError } from './workbookReadError';

// Plain numbers become numbers, as Excel does when it opens a CSV; "007" keeps its zeros (an ID, not a quantity).
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, new lines inside quotes) with the given delimiter.
 * @example csvRows('Name,Role\n"Lee, Ann",LSA', ',') // [['Name', 'Role'], ['Lee, Ann', 'LSA']]
 */
export function csvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Comma, unless the first line is clearly split by semicolons (European Excel) or tabs. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r|\n|$/));
  const count = (d: string) => first.split(d).length - 1;
  return [';', '\t'].find((d) => count(d) > count(',')) ?? ',';
}

function cellOf(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  return NUMBER.test(t) ? Number(t) : text;
}

/** An Excel sheet name from a file name: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(file: string): string {
  const name = path.basename(file, path.extname(file)).replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31);
  return name || 'Staff';
}

/**
 * Reads a CSV file as a one-sheet workbook: the staff table for core; the audit is written as an .xlsx holding these
 * rows beside the output sheets (writeAuditWorkbook).
 * @example const { raw } = await readCsvFile('team.csv') // raw.sheets[0].name === 'team'
 */
export async function readCsvFile(file: string): Promise<WorkbookRead> {
  const bytes = await readBytes(file);
  if (bytes.includes(0)) throw new WorkbookReadError('not-xlsx', path.basename(file));
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const rows = csvRows(text, delimiterOf(text)).map((r) => r.map(cellOf));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const dense = rows.map((r) => (r.length < width ? [...r, ...new Array<CellValue>(width - r.length).fill(null)] : r));
  const name = sheetName(file);
  return { raw: { sheets: [{ name, firstRow: 1, firstColumn: 1, rows: dense }] }, meta: { owned: [], saved: {} } };
}

import { writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, readXlsx } from '../../src/xlsx/readXlsx';
import { META_SHEET } from '../../src/core/sheets/ownershipRecord';
import { useTempDir } from './_lib/tempDir';

const dir = useTempDir();

/** A small staff sheet shaped like a real one: title rows, a merge, an error, rich text, a formula, a hyperlink, dates. */
async function smallWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Team');
  ws.getCell('B1').value = 'Riverside College';
  ws.mergeCells('B1:D1');
  ws.getCell('B2').value = { richText: [{ text: 'Kept by ', font: { italic: true } }, { text: 'the manager', font: { bold: true } }] };
  ws.getRow(3).values = [null, 'Staff ID', 'Name', 'Start date'];
  ws.getRow(4).values = [null, 'S1', 'Ann Lee', new Date(Date.UTC(2024, 3, 3))];
  ws.getRow(6).values = [null, 'S2', { text: 'Bo Chan', hyperlink: 'mailto:bo@example.com' }, { error: '#N/A' }];
  ws.getCell('E4').value = { formula: 'LEN(C4)', result: 7 };
  ws.getCell('E6').value = { formula: 'VLOOKUP(B6,X:Y,2,FALSE)', result: { error: '#N/A' } };
  ws.mergeCells('B7:C7');
  ws.getCell('B7').value = 'merged note';
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([['kind', 'name', 'value'], ['owned', 'Skills Matrix', null], ['setting', 'mapping', '{"a":1}']]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads the used block with its position, title rows and blank rows kept so row numbers match Excel', async () => {
    const raw = await readXlsx(await smallWorkbook());
    const team = raw.sheets[0];
    expect(team.name).toBe('Team');
    expect(team.firstRow).toBe(1);
    expect(team.firstColumn).toBe(2);
    expect(team.rows).toHaveLength(7);
    expect(team.rows[0]).toEqual(['Riverside College', null, null, null]);
    expect(team.rows[2]).toEqual(['Staff ID', 'Name', 'Start date', null]);
    expect(team.rows[4]).toEqual([null, null, null, null]);
  });

  it('unwraps rich text, hyperlinks, formulas (to their cached result), errors and dates', async () => {
    const team = (await readXlsx(await smallWorkbook())).sheets[0];
    expect(team.rows[1][0]).toBe('Kept by the manager');
    expect(team.rows[3]).toEqual(['S1', 'Ann Lee', new Date(Date.UTC(2024, 3, 3)), 7]);
    expect(team.rows[5]).toEqual(['S2', 'Bo Chan', { error: '#N/A' }, { error: '#N/A' }]);
  });

  it('records merges and leaves the covered cells of a merge blank', async () => {
    const team = (await readXlsx(await smallWorkbook())).sheets[0];
    expect(team.merges).toEqual(expect.arrayContaining(['B1:D1', 'B7:C7']));
    expect(team.rows[6]).toEqual(['merged note', null, null, null]);
  });

  it('records Excel tables with their full ref', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Needs').addTable({ name: 'Needs', ref: 'B2', columns: [{ name: 'Need' }, { name: 'Learners' }], rows: [['Autism', 12], ['Dyslexia', 20]] });
    const raw = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(raw.sheets[0].tables).toEqual([{ name: 'Needs', ref: 'B2:C4' }]);
    expect(raw.sheets[0].rows).toEqual([['Need', 'Learners'], ['Autism', 12], ['Dyslexia', 20]]);
  });

  it('leaves the meta sheet out of the sheets and exposes it as the ownership record', async () => {
    const file = path.join(dir(), 'meta.xlsx');
    writeFileSync(file, await smallWorkbook());
    const { raw, meta } = await readWorkbookFile(file);
    expect(raw.sheets.map((s) => s.name)).toEqual(['Team']);
    expect(meta).toEqual({ owned: ['Skills Matrix'], saved: { mapping: '{"a":1}' } });
  });

  it('reads an empty sheet as no rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Empty');
    const raw = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(raw.sheets[0]).toMatchObject({ name: 'Empty', firstRow: 1, firstColumn: 1, rows: [] });
  });
});

import * as path from 'path';
import ExcelJS from 'exceljs';
import type { OutputSheet } from '../../src/core/sheets/outputSheet';
import { writeAuditWorkbook } from '../../src/xlsx/writeXlsx';
import { useTempDir } from './_lib/tempDir';

const dir = useTempDir();
const matrix: OutputSheet = { name: 'Skills Matrix', preamble: [], headers: ['Staff ID', 'Name'], rows: [['S1', 'Ann Lee']] };

/** A user's workbook with what managers put in theirs: formulas, rich text, links, dates, merges, styles, hidden sheets. */
async function richWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const staff = wb.addWorksheet('Staff', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }], properties: { tabColor: { argb: 'FF00B050' } } });
  staff.getCell('A1').value = 'Learning support team';
  staff.mergeCells('A1:D1');
  staff.getRow(2).values = ['Staff ID', 'Name', 'Hours', 'Double'];
  staff.getRow(2).height = 30;
  staff.getColumn(2).width = 32;
  staff.getColumn(4).hidden = true;
  staff.getRow(3).values = ['S1', { richText: [{ text: 'Ann', font: { bold: true } }, { text: ' Lee' }] }, 30];
  staff.getRow(4).values = ['S2', { text: 'Bob Roy', hyperlink: 'https://example.com/bob' }, 12];
  staff.getCell('D3').value = { formula: 'C3*2', result: 60, shareType: 'shared', ref: 'D3:D4' } as ExcelJS.CellValue;
  staff.getCell('D4').value = { sharedFormula: 'D3', result: 24 } as ExcelJS.CellValue;
  staff.getCell('E3').value = new Date(Date.UTC(2025, 8, 1));
  staff.getCell('E3').numFmt = 'dd/mm/yyyy';
  staff.getCell('E4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  staff.getCell('F3').value = '=not a formula';
  staff.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
  staff.getCell('C3').border = { top: { style: 'thin' } };
  staff.getCell('G6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } }; // styled, empty
  staff.getCell('A3').note = 'Joined in 2019';
  staff.getCell('C4').dataValidation = { type: 'whole', operator: 'between', formulae: [0, 40], allowBlank: true };
  staff.addConditionalFormatting({ ref: 'C3:C4', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [20], priority: 1, style: { font: { bold: true } } }] });
  staff.addTable({ name: 'Hours', ref: 'A8', headerRow: true, columns: [{ name: 'Day' }, { name: 'Hours' }], rows: [['Mon', 7], ['Tue', 6]] });
  staff.pageSetup.printArea = 'A1:D4';
  wb.definedNames.add("'Staff'!$C$3:$C$4", 'Hours');
  wb.addWorksheet('Lookups', { state: 'hidden' }).addRows([['Level', 'Label'], [1, 'Entry']]);
  wb.addWorksheet('Notes').getCell('A1').value = 'Last sheet of mine';
  await wb.xlsx.writeFile(file);
}

describe('the output is a copy of the input workbook, user sheets intact', () => {
  let back: ExcelJS.Workbook;
  beforeAll(async () => {
    const input = path.join(dir(), 'rich.xlsx');
    await richWorkbook(input);
    await writeAuditWorkbook(input, path.join(dir(), 'rich-audit.xlsx'), [matrix]);
    back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path.join(dir(), 'rich-audit.xlsx'));
  });

  it('keeps the tab order and sheet states, output sheets after the user sheets, meta sheet last', () => {
    expect(back.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Staff', 'visible'], ['Lookups', 'hidden'], ['Notes', 'visible'], ['Skills Matrix', 'visible'], ['LSA Audit Meta', 'veryHidden'],
    ]);
  });

  it('keeps values: text, rich text, hyperlinks, numbers, dates, errors, text that looks like a formula', () => {
    const ws = back.getWorksheet('Staff')!;
    expect(ws.getCell('A1').value).toBe('Learning support team');
    expect(ws.getCell('B3').value).toEqual({ richText: [{ text: 'Ann', font: { bold: true } }, { text: ' Lee' }] });
    expect(ws.getCell('B4').value).toMatchObject({ text: 'Bob Roy', hyperlink: 'https://example.com/bob' });
    expect(ws.getCell('C3').value).toBe(30);
    expect(ws.getCell('E3').value).toEqual(new Date(Date.UTC(2025, 8, 1)));
    expect(ws.getCell('E4').value).toEqual({ error: '#N/A' });
    expect(ws.getCell('F3').type).toBe(ExcelJS.ValueType.String);
    expect(back.getWorksheet('Lookups')!.getRow(2).values).toEqual([undefined, 1, 'Entry']);
  });

  it('keeps formulas as formulas with their cached results (a shared formula stays shared, its part copied byte for byte)', () => {
    const ws = back.getWorksheet('Staff')!;
    expect(ws.getCell('D3').value).toMatchObject({ formula: 'C3*2', result: 60 });
    expect(ws.getCell('D4').value).toMatchObject({ sharedFormula: 'D3', result: 24 });
    expect(ws.getCell('D4').formula).toBe('C4*2');
  });

  it('keeps styles, widths, heights, hidden columns, merges, frozen panes, tab colour, notes, validations, conditional formats, print area and defined names', () => {
    const ws = back.getWorksheet('Staff')!;
    expect(ws.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(ws.getCell('C3').border?.top?.style).toBe('thin');
    expect(ws.getCell('E3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('G6').fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
    expect(ws.getColumn(2).width).toBe(32);
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.getRow(2).height).toBe(30);
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF00B050' });
    expect(ws.getCell('A3').note).toBe('Joined in 2019');
    expect(ws.pageSetup.printArea).toBe('A1:D4');
    expect(back.definedNames.getRanges('Hours').ranges).toEqual(['Staff!$C$3:$C$4']);
    expect(ws.getCell('C4').dataValidation).toMatchObject({ type: 'whole', formulae: [0, 40] });
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toMatchObject([{ ref: 'C3:C4', rules: [{ type: 'cellIs', formulae: ['20'] }] }]);
  });

  it("keeps an Excel table: its cells, styles and the table itself", () => {
    const ws = back.getWorksheet('Staff')!;
    expect([ws.getCell('A8').value, ws.getCell('B9').value, ws.getCell('A10').value]).toEqual(['Day', 7, 'Tue']);
    expect(ws.getTable('Hours')).toBeDefined();
  });
});

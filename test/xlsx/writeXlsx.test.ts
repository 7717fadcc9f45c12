import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { styleKey, type OutputSheet } from '../../src/core/sheets/outputSheet';
import { META_SHEET } from '../../src/core/sheets/ownershipRecord';
import { readWorkbookFile } from '../../src/xlsx/readXlsx';
import { readForWrite, writeAuditWorkbook, WorkbookWriteError } from '../../src/xlsx/writeXlsx';
import { useTempDir } from './_lib/tempDir';

const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);

function matrix(rows: (string | number | null)[][] = [['S1', 'Ann Lee', 3]]): OutputSheet {
  return { name: 'Skills Matrix', preamble: [], headers: ['Staff ID', 'Name', 'A1'], rows, styles: new Map([[styleKey(0, 2), { fill: 'C6EFCE', bold: true }]]) };
}
function summary(): OutputSheet {
  return {
    name: 'Audit Summary',
    preamble: [['Organisation', 'Riverside College'], ['Audit date', '2026-09-01']],
    headers: ['Indicator ID', 'Indicator', 'Value', 'Status'],
    rows: [['O1', 'Performance review', 86.4, 'Amber']],
    print: { landscape: true, fitToWidth: true },
  };
}
function history(run: string, date = '2026-09-01', staff = 25): OutputSheet {
  return { name: 'Audit History', preamble: [], headers: ['Audit date', 'Run at', 'Staff'], rows: [[date, run, staff]], append: true };
}

/** A user's workbook: staff data and their own sheet that happens to be called "Skills Matrix". */
async function userWorkbook(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Staff').addRows([['Staff ID', 'Name', 'A1'], ['S1', 'Ann Lee', 3]]);
  wb.addWorksheet('Skills Matrix').addRows([['My own grid'], ['Ann Lee', '✓']]);
  await wb.xlsx.writeFile(file(name));
  return file(name);
}

async function load(p: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  return wb;
}

describe('writeAuditWorkbook', () => {
  it('leaves the input file byte for byte as it was', async () => {
    const input = await userWorkbook('in1.xlsx');
    const before = readFileSync(input);
    await writeAuditWorkbook(input, file('out1.xlsx'), [matrix(), summary()]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("never touches a user's sheet named like an output: the output goes to \"Name (2)\"", async () => {
    const input = await userWorkbook('in2.xlsx');
    const { written } = await writeAuditWorkbook(input, file('out2.xlsx'), [matrix()]);
    expect(written).toEqual([{ output: 'Skills Matrix', target: 'Skills Matrix (2)', rows: 1, renamed: true, action: 'create' }]);
    const { raw } = await readWorkbookFile(file('out2.xlsx'));
    expect(raw.sheets.map((s) => s.name)).toEqual(['Staff', 'Skills Matrix', 'Skills Matrix (2)']);
    expect(raw.sheets[1].rows).toEqual([['My own grid', null], ['Ann Lee', '✓']]);
    expect(raw.sheets[2].rows).toEqual([['Staff ID', 'Name', 'A1'], ['S1', 'Ann Lee', 3]]);
  });

  it('on a re-run replaces its own sheets and appends to Audit History', async () => {
    const input = await userWorkbook('in3.xlsx');
    await writeAuditWorkbook(input, file('run1.xlsx'), [matrix(), summary(), history('run 1')]);
    const second = await writeAuditWorkbook(file('run1.xlsx'), file('run2.xlsx'), [matrix([['S1', 'Ann Lee', 4]]), summary(), history('run 2', '2026-10-01')]);
    expect(second.written.map((w) => [w.target, w.action])).toEqual([
      ['Skills Matrix (2)', 'replace'], ['Audit Summary', 'replace'], ['Audit History', 'append'],
    ]);
    const { raw, meta } = await readWorkbookFile(file('run2.xlsx'));
    expect(raw.sheets.map((s) => s.name)).toEqual(['Staff', 'Skills Matrix', 'Skills Matrix (2)', 'Audit Summary', 'Audit History']);
    expect(raw.sheets[2].rows[1]).toEqual(['S1', 'Ann Lee', 4]);
    expect(raw.sheets[4].rows).toEqual([['Audit date', 'Run at', 'Staff'], ['2026-09-01', 'run 1', 25], ['2026-10-01', 'run 2', 25]]);
    expect(meta.owned.sort()).toEqual(['Audit History', 'Audit Summary', 'Skills Matrix (2)']);
    expect((await load(file('run2.xlsx'))).getWorksheet(META_SHEET)?.state).toBe('veryHidden');
  });

  it('appends to Audit History from the input as the command line hands it over (readForWrite: only the sheets a run wrote)', async () => {
    const input = await userWorkbook('in6.xlsx');
    await writeAuditWorkbook(input, file('run6a.xlsx'), [matrix(), summary(), history('run 1')]);
    const read = readForWrite(await readWorkbookFile(file('run6a.xlsx')), file('run6a.xlsx'));
    // The user's Staff and Skills Matrix are not the writer's to read; its own three are.
    expect(read.raw.sheets.map((s) => s.name).sort()).toEqual(['Audit History', 'Audit Summary', 'Skills Matrix (2)']);
    await writeAuditWorkbook(file('run6a.xlsx'), file('run6b.xlsx'), [matrix(), summary(), history('run 2', '2026-10-01')], { read });
    const { raw } = await readWorkbookFile(file('run6b.xlsx'));
    expect(raw.sheets.find((s) => s.name === 'Audit History')?.rows).toEqual([['Audit date', 'Run at', 'Staff'], ['2026-09-01', 'run 1', 25], ['2026-10-01', 'run 2', 25]]);
    expect(raw.sheets.find((s) => s.name === 'Staff')?.rows.length).toBeGreaterThan(1);
    // A CSV's table is the copy's base: kept whole.
    const csv = { meta: { owned: [], saved: {} }, raw: { sheets: [{ name: 'team', rows: [['Name'], ['Ann']] }] } } as unknown as Parameters<typeof readForWrite>[0];
    expect(readForWrite(csv, 'team.csv').raw.sheets).toHaveLength(1);
    expect(readForWrite(csv, 'team.xlsx').raw.sheets).toHaveLength(0);
  });

  it('keeps an earlier version\'s Audit History rows readable: indicators it did not have are added as columns, blank on its rows', async () => {
    const input = await userWorkbook('in5.xlsx');
    const v1 = { ...history('v1'), headers: ['Audit date', 'Run at', 'Staff', 'O17 Safeguarding training'], rows: [['2026-06-01', 'v1', 24, 91.7]] };
    await writeAuditWorkbook(input, file('v1.xlsx'), [v1]);
    const v2 = {
      ...history('v2'), headers: ['Audit date', 'Run at', 'Staff', 'O17 Safeguarding training', 'O18 Observation of practice', 'O22 Plans address gaps'],
      rows: [['2026-09-01', 'v2', 25, 95.8, 60, 13.6]],
    };
    await writeAuditWorkbook(file('v1.xlsx'), file('v2.xlsx'), [v2]);
    const { raw } = await readWorkbookFile(file('v2.xlsx'));
    const rows = raw.sheets.find((s) => s.name === 'Audit History')!.rows;
    expect(rows[0]).toEqual(['Audit date', 'Run at', 'Staff', 'O17 Safeguarding training', 'O18 Observation of practice', 'O22 Plans address gaps']);
    expect(rows[1].slice(0, 4)).toEqual(['2026-06-01', 'v1', 24, 91.7]);
    expect(rows[1].slice(4).every((v) => v === null || v === undefined)).toBe(true);
    expect(rows[2]).toEqual(['2026-09-01', 'v2', 25, 95.8, 60, 13.6]);
  });

  it('replaces the Audit History row of an audit date already in the history, and changes no other row (SPEC 4)', async () => {
    const input = await userWorkbook('in4.xlsx');
    await writeAuditWorkbook(input, file('h1.xlsx'), [history('run 1', '2026-09-01')]);
    await writeAuditWorkbook(file('h1.xlsx'), file('h2.xlsx'), [history('run 2', '2026-10-01')]);
    await writeAuditWorkbook(file('h2.xlsx'), file('h3.xlsx'), [history('run 3', '2026-09-01', 24)]);
    const { raw } = await readWorkbookFile(file('h3.xlsx'));
    const rows = raw.sheets.find((s) => s.name === 'Audit History')!.rows;
    expect(rows).toEqual([['Audit date', 'Run at', 'Staff'], ['2026-09-01', 'run 3', 24], ['2026-10-01', 'run 2', 25]]);
  });

  it('writes text that looks like a formula as plain text, never a formula', async () => {
    const risky = ['=SUM(A1:A9)', '+44 7700 900123', '-2', '@cmd', '\t=1+1', '\r=1+1', '=HYPERLINK("http://example.com","x")'];
    const input = await userWorkbook('in4.xlsx');
    await writeAuditWorkbook(input, file('out4.xlsx'), [{ name: 'Audit Issues', preamble: [], headers: ['Value'], rows: risky.map((v) => [v]) }]);
    const ws = (await load(file('out4.xlsx'))).getWorksheet('Audit Issues')!;
    risky.forEach((text, i) => {
      const cell = ws.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text.replace(/\r/g, '\n')); // XML readers normalise a bare CR to LF
    });
  });

  it('writes numbers as numbers, the header bold and frozen, styles, filter and print setup', async () => {
    const input = await userWorkbook('in5.xlsx');
    await writeAuditWorkbook(input, file('out5.xlsx'), [matrix(), summary()]);
    const wb = await load(file('out5.xlsx'));
    const m = wb.getWorksheet('Skills Matrix (2)')!;
    expect(m.getCell('C2').value).toBe(3);
    expect(m.getCell('A1').font?.bold).toBe(true);
    expect(m.getCell('C2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
    expect(m.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(m.autoFilter).toBe('A1:C2');
    const s = wb.getWorksheet('Audit Summary')!;
    expect(s.getCell('A1').value).toBe('Organisation');
    expect(s.getCell('A4').value).toBe('Indicator ID');
    expect(s.getCell('C5').value).toBe(86.4);
    expect(s.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' });
  });

  it('refuses to write over the input', async () => {
    const input = await userWorkbook('in6.xlsx');
    await expect(writeAuditWorkbook(input, input, [matrix()])).rejects.toBeInstanceOf(WorkbookWriteError);
  });

  it('leaves no output file and no temp file when the write fails part way', async () => {
    const input = await userWorkbook('in7.xlsx');
    // Row 5,000 of the output cannot be read: the stream has already written thousands of rows to the temp file.
    const rows = Array.from({ length: 6000 }, (_, i): (string | number | null)[] => [`S${i}`, `Person ${i}`, i % 5]);
    Object.defineProperty(rows, 5000, { get: () => { throw new Error('disk full'); } });
    await expect(writeAuditWorkbook(input, file('out7.xlsx'), [matrix(rows)])).rejects.toMatchObject({ kind: 'write-failed' });
    expect(existsSync(file('out7.xlsx'))).toBe(false);
    expect(readdirSync(dir()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a folder it cannot write to as write-failed, leaving nothing behind', async () => {
    const input = await userWorkbook('in8.xlsx');
    await expect(writeAuditWorkbook(input, path.join(dir(), 'no-such-folder', 'out8.xlsx'), [matrix()])).rejects.toMatchObject({ kind: 'write-failed' });
  });

  it('streams a 100,000-row output sheet with every row in place', async () => {
    const input = await userWorkbook('in9.xlsx');
    const rows = Array.from({ length: 100_000 }, (_, i): (string | number | null)[] => [`S${i}`, `=Person ${i}`, i % 5]);
    const styles = new Map([[styleKey(99_999, 2), { fill: 'FFC7CE' }]]);
    await writeAuditWorkbook(input, file('out9.xlsx'), [{ ...matrix(rows), styles }]);
    const ws = (await load(file('out9.xlsx'))).getWorksheet('Skills Matrix (2)')!;
    expect(ws.rowCount).toBe(100_001);
    expect(ws.getRow(100_001).values).toEqual([undefined, 'S99999', '=Person 99999', 4]);
    expect(ws.getCell('C100001').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.autoFilter).toBe('A1:C100001');
  }, 60_000);
});

describe('the record of earlier runs', () => {
  it('keeps settings saved in the meta sheet and adds new ones', async () => {
    const input = await userWorkbook('saved-in.xlsx');
    await writeAuditWorkbook(input, file('saved1.xlsx'), [{ ...matrix(), name: 'Skills Profile' }], { saved: { mapping: 'v1', sheet: 'Staff' } });
    await writeAuditWorkbook(file('saved1.xlsx'), file('saved.xlsx'), [{ ...matrix(), name: 'Skills Profile' }], { saved: { mapping: 'v2' } });
    const { meta } = await readWorkbookFile(file('saved.xlsx'));
    expect(meta).toEqual({ owned: ['Skills Profile'], saved: { mapping: 'v2', sheet: 'Staff' } });
  });
});

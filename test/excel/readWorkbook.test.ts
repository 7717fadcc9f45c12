import { readWorkbook } from '../../src/excel/readWorkbook';
import { FakeWorkbook } from './_lib/fakeExcel';
import { HEADERS, sampleWorkbook } from './_lib/sampleWorkbook';

describe('readWorkbook', () => {
  test.each([100, 10_000, 100_000])('reads %i staff in three syncs, every row and column', async (n) => {
    const book = new FakeWorkbook(sampleWorkbook(n));
    const read = await readWorkbook(book.context());
    expect(book.syncCount).toBe(3);
    const team = read.raw.sheets.find((s) => s.name === 'Team')!;
    expect(team.firstRow).toBe(1);
    expect(team.rows).toHaveLength(n + 2);
    expect(team.rows[1]).toEqual(HEADERS);
    expect(team.rows[n + 1][0]).toBe(`S${String(n).padStart(6, '0')}`);
    expect(read.activeSheet).toBe('Team');
  }, 120_000);

  test('gives blank cells as null, error text as an error value, and tables and merges with bare addresses', async () => {
    const book = new FakeWorkbook({
      sheets: [{ name: 'Staff list', rows: [[], ['', 'Name', 'Level'], ['', 'Ann', '#N/A']], tables: [{ name: 'Staff', ref: 'B2:C3' }] }],
    });
    book.sheet('Staff list')!.merges = ['B1:C1'];
    const read = await readWorkbook(book.context());
    const sheet = read.raw.sheets[0];
    expect(sheet.firstRow).toBe(2);
    expect(sheet.firstColumn).toBe(2);
    expect(sheet.rows).toEqual([['Name', 'Level'], ['Ann', { error: '#N/A' }]]);
    expect(sheet.tables).toEqual([{ name: 'Staff', ref: 'B2:C3' }]);
    expect(sheet.merges).toEqual(['B1:C1']);
  });

  test('skips the meta sheet and the sheets it lists as ours, and returns the record', async () => {
    const book = new FakeWorkbook({
      sheets: [
        { name: 'Team', rows: [['Name', 'Level'], ['Ann', 2]] },
        { name: 'Audit Summary', rows: [['old output']] },
        { name: 'LSA Audit Meta', rows: [['kind', 'name', 'value'], ['owned', 'Audit Summary', ''], ['setting', 'organisation', 'Northgate']], visibility: 'VeryHidden' },
      ],
    });
    const read = await readWorkbook(book.context());
    expect(read.raw.sheets.map((s) => s.name)).toEqual(['Team']);
    expect(read.ownership).toEqual({ owned: ['Audit Summary'], saved: { organisation: 'Northgate' } });
    expect(read.sheetNames).toEqual(['Team', 'Audit Summary', 'LSA Audit Meta']);
  });

  test('when Excel on the web refuses the response as too big, reads the blocks in halves and still gets every row', async () => {
    const book = new FakeWorkbook(sampleWorkbook(20_000));
    book.responseCap = 1024 * 1024;
    const read = await readWorkbook(book.context());
    expect(read.raw.sheets[0].rows).toHaveLength(20_002);
    expect(book.syncCount).toBeGreaterThan(3);
    expect(read.raw.sheets[0].rows[20_001][0]).toBe('S020000');
  }, 60_000);
});

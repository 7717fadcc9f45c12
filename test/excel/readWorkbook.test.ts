import { MAX_SHEET_CELLS, readWorkbook, SheetTooLargeError } from '../../src/excel/readWorkbook';
import { EXCEL_PAYLOAD_CAP, FakeWorkbook } from './_lib/fakeExcel';
import { HEADERS, sampleWorkbook } from './_lib/sampleWorkbook';

describe('readWorkbook', () => {
  // With Excel on the web's 5 MB caps on (the fake's default): names; sizes; the rows, packed by response size; merges.
  test.each([[100, 4], [10_000, 4], [100_000, 10]])('reads %i staff in %i syncs under the 5 MB caps, every row and column', async (n, syncs) => {
    const book = new FakeWorkbook(sampleWorkbook(n));
    const read = await readWorkbook(book.context());
    expect(book.syncCount).toBe(syncs);
    expect(Math.max(...book.responses, ...book.payloads)).toBeLessThanOrEqual(EXCEL_PAYLOAD_CAP);
    console.log(`readWorkbook ${n} staff: ${book.syncCount} syncs, largest response ${Math.max(...book.responses)} bytes`);
    const team = read.raw.sheets.find((s) => s.name === 'Team')!;
    expect(team.firstRow).toBe(1);
    expect(team.rows).toHaveLength(n + 2);
    expect(team.rows[1]).toEqual(HEADERS);
    expect(team.rows[n + 1][0]).toBe(`S${String(n).padStart(6, '0')}`);
    expect(read.activeSheet).toBe('Team');
  }, 120_000);

  test('gives blank cells as null, error text as an error value, and tables and merges with bare addresses', async () => {
    const book = new FakeWorkbook({
      sheets: [{ name: 'Staff list', rows: [[], ['', 'Staff 2025'], ['', 'Name', 'Level'], ['', 'Ann', '#N/A']], tables: [{ name: 'Staff', ref: 'B3:C4' }], merges: ['B2:C2', 'E20:F20'] }],
    });
    const read = await readWorkbook(book.context());
    const sheet = read.raw.sheets[0];
    expect(sheet.firstRow).toBe(2);
    expect(sheet.firstColumn).toBe(2);
    expect(sheet.rows).toEqual([['Staff 2025', null], ['Name', 'Level'], ['Ann', { error: '#N/A' }]]);
    expect(sheet.tables).toEqual([{ name: 'Staff', ref: 'B3:C4' }]);
    expect(sheet.merges).toEqual(['B2:C2']); // only merges in the data's area are asked for
    expect(read.notes).toEqual([]);
  });

  test('a stray value at XFD1048576 is refused with a message saying where, before any cells are asked for', async () => {
    const init = sampleWorkbook(50);
    const book = new FakeWorkbook(init);
    (book.sheet('Team')!.values[1048575] = [] as string[])[16383] = 'x';
    const error = await readWorkbook(book.context()).catch((e) => e);
    expect(error).toBeInstanceOf(SheetTooLargeError);
    expect(error.message).toMatch(/The sheet "Team" has something in cell XFD1048576.*Ctrl\+End/);
    expect(book.syncCount).toBe(2);
    expect(Math.max(...book.payloads)).toBeLessThan(2_000);
  });

  test(`a sheet of exactly ${MAX_SHEET_CELLS.toLocaleString('en-GB')} cells is read`, async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'Wide', rows: [['a']] }] });
    (book.sheet('Wide')!.values[4_999] = [] as string[])[999] = 'z'; // A1:ALL5000, 5,000,000 cells
    const read = await readWorkbook(book.context());
    expect(read.raw.sheets[0].rows).toHaveLength(5_000);
  }, 60_000);

  test('a sheet with more than 512 merged areas does not stop the read: the header area is checked instead, with a note', async () => {
    const init = sampleWorkbook(2_000);
    const book = new FakeWorkbook(init);
    // A merged title over the header, and 600 merged cells down the Notes column further on.
    book.sheet('Team')!.merges = ['A1:E1', ...Array.from({ length: 600 }, (_, i) => `AP${100 + 2 * i}:AQ${100 + 2 * i}`)];
    const read = await readWorkbook(book.context());
    const team = read.raw.sheets.find((s) => s.name === 'Team')!;
    expect(team.rows).toHaveLength(2_002);
    expect(team.merges).toEqual(['A1:E1']);
    expect(read.notes).toEqual([expect.stringMatching(/checked only in the top 50 rows/)]);
  });

  test('on a host without ExcelApi 1.13, merged cells are skipped with a note and everything else is read', async () => {
    const book = new FakeWorkbook(sampleWorkbook(20));
    book.sheet('Team')!.merges = ['A1:E1'];
    const read = await readWorkbook(book.context(), { mergedAreas: false });
    expect(read.raw.sheets[0].merges).toBeUndefined();
    expect(read.raw.sheets[0].rows).toHaveLength(22);
    expect(read.notes).toEqual([expect.stringMatching(/Merged cells were not checked.*1\.13/)]);
    expect(book.syncCount).toBe(3);
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
    expect(book.sheet('Audit Summary')).toBeDefined();
    expect(read.sheetNames).toEqual(['Team', 'Audit Summary', 'LSA Audit Meta']);
  });

  test('when Excel on the web refuses the response as too big, reads the blocks in halves and still gets every row', async () => {
    const book = new FakeWorkbook(sampleWorkbook(20_000));
    book.responseCap = 400_000; // far under what the reader aims for
    const read = await readWorkbook(book.context());
    expect(read.raw.sheets[0].rows).toHaveLength(20_002);
    expect(book.syncCount).toBeGreaterThan(4);
    expect(read.raw.sheets[0].rows[20_001][0]).toBe('S020000');
  }, 60_000);
});

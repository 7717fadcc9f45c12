import fc from 'fast-check';
import { CELL_TEXT_MAX, EXCEL_PAYLOAD_CAP, FakeWorkbook, jsonBytes, MERGED_AREAS_LIMIT } from './_lib/fakeExcel';

// The fake's own counts are what the payload tests and the bench trust: they must stay the UTF-8 bytes of the JSON.
const truth = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? 'null', 'utf8');

describe('fake Excel', () => {
  it('jsonBytes is the UTF-8 length of JSON.stringify, for grids and anything else', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom('a"b', 'c\\d', '\n', '😀', '\ud800', 'é'), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: true }), fc.constant([1, [2]]), fc.constant({ a: 1 }));
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }), (grid) => jsonBytes(grid) === truth(grid)), { numRuns: 1000 });
    fc.assert(fc.property(fc.anything(), (v) => jsonBytes(v) === truth(v)), { numRuns: 500 });
    const holes = [[1, , 3], [], ['x']];
    expect(jsonBytes(holes)).toBe(truth(holes));
    expect([[], [[]], [1, 'x'], undefined, () => 1].map(jsonBytes)).toEqual([[], [[]], [1, 'x'], undefined, () => 1].map(truth));
  });

  it('parses text starting with a letter as text in a General cell, except TRUE and FALSE', async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'S', rows: [] }] });
    const ctx = book.context();
    const ws = ctx.workbook.worksheets.getItem('S');
    const written = ['true', 'FALSE', 'Abc', 'e5', 'x=1', 'Z9', 'Truex', ' 12', '=1'];
    ws.getRangeByIndexes(0, 0, 1, written.length).values = [written];
    const text = ws.getRangeByIndexes(1, 0, 1, 2);
    text.numberFormat = [['@', '@']];
    text.values = [['TRUE', 'Ann']];
    await ctx.sync();
    expect(written.map((_, c) => book.cell('S', 0, c).value)).toEqual([true, false, 'Abc', 'e5', 'x=1', 'Z9', 'Truex', 12, '#NAME?']);
    expect([0, 1].map((c) => book.cell('S', 1, c).value)).toEqual(['TRUE', 'Ann']);
  });

  // The fake is strict where Excel is: each leniency here let a version 1 bug through.
  it('tracks loads per property: a property that was not loaded cannot be read, and isNullObject only after a sync', async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'S', rows: [['a', 'b']] }] });
    const ctx = book.context();
    const used = ctx.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
    used.load('rowCount');
    expect(() => used.isNullObject).toThrow(/only after context.sync/);
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    expect(used.rowCount).toBe(1);
    expect(() => used.address).toThrow(/address is not loaded/);
    expect(() => used.values).toThrow(/values is not loaded/);
    expect(sheets.items[0].name).toBe('S');
    expect(() => sheets.items[0].visibility).toThrow(/visibility is not loaded/);
  });

  it("has Excel on the web's 5 MB request and response caps on by default", async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'S', rows: [] }] });
    expect([book.cap, book.responseCap]).toEqual([EXCEL_PAYLOAD_CAP, EXCEL_PAYLOAD_CAP]);
    const ctx = book.context();
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, big.length, 1).values = big;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    book.sheet('S')!.values = big;
    const range = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, big.length, 1);
    range.load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it(`refuses merged areas on a range holding more than ${MERGED_AREAS_LIMIT} of them`, async () => {
    const merges = Array.from({ length: MERGED_AREAS_LIMIT + 1 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const book = new FakeWorkbook({ sheets: [{ name: 'S', rows: [['a']], merges }] });
    const ctx = book.context();
    const ws = ctx.workbook.worksheets.getItem('S');
    const top = ws.getRange('A1:B20').getMergedAreasOrNullObject();
    top.load('address');
    await ctx.sync();
    expect(top.address).toBe('S!A1:B1,S!A3:B3,S!A5:B5,S!A7:B7,S!A9:B9,S!A11:B11,S!A13:B13,S!A15:B15,S!A17:B17,S!A19:B19');
    ws.getRange().getMergedAreasOrNullObject().load('address');
    await expect(ctx.sync()).rejects.toThrow(/over Excel's 512/);
  });

  it("follows Excel's sheet-name rules and its 32,767-character cell limit", async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'Team', rows: [] }] });
    for (const bad of ['', 'x'.repeat(32), 'a/b', 'a[1]', "'quoted", 'History', 'team']) {
      const ctx = book.context();
      ctx.workbook.worksheets.add(bad);
      await expect(ctx.sync()).rejects.toMatchObject({ code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/) });
    }
    const ctx = book.context();
    ctx.workbook.worksheets.add('x'.repeat(31));
    const ws = ctx.workbook.worksheets.getItem('Team');
    ws.getRangeByIndexes(0, 0, 1, 1).values = [['y'.repeat(CELL_TEXT_MAX)]];
    await ctx.sync();
    ws.getRangeByIndexes(1, 0, 1, 1).values = [['y'.repeat(CELL_TEXT_MAX + 1)]];
    await expect(ctx.sync()).rejects.toThrow(/at most 32767 characters/);
  });

  it('fails any chosen sync after any number of its operations, leaving the earlier ones applied', async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'S', rows: [] }] });
    book.failAt = [{ sync: 2, afterOps: 1 }];
    const ctx = book.context();
    ctx.workbook.worksheets.add('One');
    await ctx.sync();
    ctx.workbook.worksheets.add('Two');
    ctx.workbook.worksheets.add('Three');
    await expect(ctx.sync()).rejects.toThrow(/Injected failure at sync 2 after 1 of 2/);
    expect(book.sheets.map((s) => s.name)).toEqual(['S', 'One', 'Two']);
  });

  it('a call chained on a null worksheet fails its sync instead of silently succeeding', async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'S', rows: [] }] });
    const ctx = book.context();
    const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    missing.getUsedRangeOrNullObject(true).load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
    missing.getRangeByIndexes(0, 0, 1, 1).values = [['x']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
    // The used range of an empty sheet is itself a null object: writing to it fails too.
    const empty = ctx.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
    await ctx.sync();
    expect(empty.isNullObject).toBe(true);
    empty.values = [['x']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  it("deleting a sheet turns other sheets' references to it into #REF!, which re-adding it does not undo", async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'Out', rows: [['', 7]] }, { name: 'Mine', rows: [[0]], formulas: { A1: "='Out'!B1" } }] });
    expect(book.cell('Mine', 0, 0).value).toBe(7);
    const ctx = book.context();
    ctx.workbook.worksheets.getItem('Out').delete();
    ctx.workbook.worksheets.add('Out');
    await ctx.sync();
    expect(book.cell('Mine', 0, 0)).toMatchObject({ value: '#REF!', formula: '=#REF!' });
  });
});

import fc from 'fast-check';
import { FakeWorkbook, jsonBytes } from './_lib/fakeExcel';

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
});

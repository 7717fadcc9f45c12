import { needsTextFormat, textFormatMask } from '../../src/excel/_lib/literalText';
import { saveSettings } from '../../src/excel/saveSettings';
import { FakeWorkbook } from './_lib/fakeExcel';

describe('literal text in Excel (the fake mirrors Excel parsing a written value like a typed entry)', () => {
  test('a string starting with = + - @ becomes a formula in a General cell, and stays text in a Text ("@") cell set first', async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'S', rows: [] }] });
    const ctx = book.context();
    const ws = ctx.workbook.worksheets.getItem('S');
    const written = [['=1+1', '+44 1', '-x', '@SUM(1)', '0012']];
    ws.getRangeByIndexes(0, 0, 1, 5).values = written;
    const text = ws.getRangeByIndexes(1, 0, 1, 5);
    text.numberFormat = [['@', '@', '@', '@', '@']];
    text.values = written;
    // Format after the value is too late: Excel parsed the value when it was written.
    const late = ws.getRangeByIndexes(2, 0, 1, 1);
    late.values = [['=1+1']];
    late.numberFormat = [['@']];
    await ctx.sync();
    expect([0, 1, 2, 3].map((c) => book.cell('S', 0, c).formula)).toEqual(['=1+1', '=+44 1', '=-x', '=@SUM(1)']);
    expect(book.cell('S', 0, 4).value).toBe(12);
    expect([0, 1, 2, 3, 4].map((c) => book.cell('S', 1, c))).toEqual(written[0].map((v) => ({ value: v, formula: null, numberFormat: '@' })));
    expect(book.cell('S', 2, 0).formula).toBe('=1+1');
  });

  test('needsTextFormat leaves plain words alone and flags anything Excel could read as something else', () => {
    expect(['Ann Lee', 'Learning support assistant', "O'Neil"].map(needsTextFormat)).toEqual([false, false, false]);
    expect(['=A1', '+44', '-x', '@x', '\tx', '\rx', "'x", '0012', '3/4', 'Jan 25', 'TRUE', '#N/A', 'S001'].map(needsTextFormat)).toEqual(Array(13).fill(true));
    expect([1, true, null, ''].map((v) => needsTextFormat(v as never))).toEqual([false, false, false, false]);
  });

  test('textFormatMask asks a given classifier only about non-empty strings, and defaults to needsTextFormat', () => {
    const rows = [['=1', 'Ann', '', 3, null], ['S1']];
    const asked: string[] = [];
    const mask = textFormatMask(rows, 5, (s) => (asked.push(s), needsTextFormat(s)));
    expect(asked).toEqual(['=1', 'Ann', 'S1']);
    expect(mask).toEqual([['@', null, null, null, null], ['@', null, null, null, null]]);
    expect(textFormatMask(rows, 5)).toEqual(mask);
    expect(textFormatMask([['Ann', 1]], 2, () => false)).toBeNull();
  });

  test('saveSettings keeps the ownership record and other settings, in three syncs (find, read, write: nothing chained on a sheet that may not exist), on a very hidden meta sheet', async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'Team', rows: [['Name'], ['Ann']] }] });
    await saveSettings(book.context(), { organisation: '=Northgate', cpdTargetHours: '20' });
    const syncs = book.syncCount;
    const saved = await saveSettings(book.context(), { cpdTargetHours: '' });
    expect(book.syncCount - syncs).toBe(3);
    expect(saved).toEqual({ organisation: '=Northgate' });
    const meta = book.sheet('LSA Audit Meta')!;
    expect(meta.visibility).toBe('VeryHidden');
    expect(book.cell('LSA Audit Meta', 1, 2)).toMatchObject({ value: '=Northgate', formula: null });
    expect(meta.values[2]).toEqual(['', '', '']); // the removed key's row is blanked
  });
});

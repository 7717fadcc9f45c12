import fc from 'fast-check';
import { EXCEL_CELL_MAX, staffList } from '../../../../src/core/sheets/_lib/staffList';

describe('staffList', () => {
  it('joins every name when they fit in one cell', () => {
    expect(staffList(['Ann Lee', 'Ben Ng'])).toBe('Ann Lee; Ben Ng');
    expect(staffList([])).toBe('');
  });

  it('stops short of the cell limit and says how many more there are', () => {
    expect(staffList(['Annabel Leeming', 'Benedict Ngata', 'Cyrus Ohanian-Whitfield'], 52)).toBe('Annabel Leeming; … and 2 more (see Training Needs)');
    const names = Array.from({ length: 20_000 }, (_, i) => `Person ${i}`);
    const cell = staffList(names);
    expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
    const shown = cell.split('; ').slice(0, -1);
    expect(shown).toEqual(names.slice(0, shown.length));
    expect(cell.endsWith(`… and ${(names.length - shown.length).toLocaleString('en-GB')} more (see Training Needs)`)).toBe(true);
  });

  it('never passes the limit and never drops a name without counting it', () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes(';')), { maxLength: 60 }), fc.integer({ min: 45, max: 400 }), (names, max) => {
      const cell = staffList(names, max);
      if (cell === names.join('; ')) return;
      expect(cell.length).toBeLessThanOrEqual(max);
      const m = /… and ([\d,]+) more \(see Training Needs\)$/.exec(cell);
      expect(m).not.toBeNull();
      const prefix = cell.slice(0, m!.index).replace(/; $/, '');
      const shown = prefix === '' ? 0 : names.findIndex((_, i) => names.slice(0, i + 1).join('; ') === prefix) + 1;
      expect(shown + Number(m![1].replace(/,/g, ''))).toBe(names.length);
    }));
  });

  it('fits as many names as the note for the rest allows, across thousands separators', () => {
    // As many names as fit, checked by trying one more: the note's length is worked out from the count's digits.
    for (const count of [9, 10, 11, 999, 1000, 1001, 1002, 12_345]) {
      const names = Array.from({ length: count }, (_, i) => `N${i}`);
      for (const max of [60, 61, 62, 63, 200, 4000]) {
        const cell = staffList(names, max);
        const m = /… and ([\d,]+) more/.exec(cell);
        if (!m) continue;
        const shown = count - Number(m[1].replace(/,/g, ''));
        const rest = count - shown - 1;
        const withOneMore = `${names.slice(0, shown + 1).join('; ')}; … and ${rest.toLocaleString('en-GB')} more (see Training Needs)`;
        expect(rest === 0 ? names.slice(0, shown + 1).join('; ').length <= max : withOneMore.length <= max).toBe(false);
      }
    }
  });
});

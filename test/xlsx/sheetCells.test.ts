import { SheetRows, type CellContext } from '../../src/xlsx/_lib/sheetCells';

const ctx: CellContext = { strings: ['zero', 'one'], dateStyles: [false, true], date1904: false };
const read = (xml: string) => {
  const rows = new SheetRows(ctx);
  // Fed in two pieces that split a row, as a streamed part arrives.
  const cut = Math.floor(xml.length / 2);
  rows.feed(xml.slice(0, cut));
  rows.feed(xml.slice(cut));
  rows.end();
  return rows.found.map((r) => ({ row: r.row, cells: [...r.cells].map((v) => v ?? null) }));
};

describe('SheetRows: cells as writers really lay them out', () => {
  it('reads attributes in any order and after tabs or line breaks', () => {
    const xml = '<sheetData><row r="2"><c t="s" r="B2"><v>1</v></c><c\n\tr="C2"\n\tt="s"><v>0</v></c>'
      + '<c r="D2"\ts="1"><v>45292</v></c><c r="E2"><v>7.5</v></c></row></sheetData>';
    expect(read(xml)).toEqual([{ row: 2, cells: [null, null, 'one', 'zero', new Date(Date.UTC(2024, 0, 1)), 7.5] }]);
  });

  it('reads a prefixed sheet, a formula\'s cached value, inline text and cells without a reference', () => {
    const xml = '<x:sheetData><x:row r="1"><x:c r="A1"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c t="inlineStr"><x:is><x:t>plain</x:t></x:is></x:c>'
      + '<x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>2x</x:v></x:c></x:row></x:sheetData>';
    expect(read(xml)).toEqual([{ row: 1, cells: [null, 2, 'plain', '2x'] }]);
  });
});

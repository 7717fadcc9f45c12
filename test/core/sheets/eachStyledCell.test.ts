import { styleKey, type CellStyle, type OutputSheet } from '../../../src/core/sheets/outputSheet';
import { StyleGrid } from '../../../src/core/sheets/_lib/styleGrid';
import { styledCells } from '../../_lib/styledCells';

const GREEN: CellStyle = { fill: '#C6EFCE' };
const RED: CellStyle = { fill: '#FFC7CE', bold: true };
const sheet = (styles: OutputSheet['styles']): OutputSheet => ({ name: 'S', preamble: [], headers: ['a', 'b'], rows: [[1, 2], [3, 4]], styles });
const cells = styledCells;

describe('eachStyledCell', () => {
  it('hands out the same cells, in the same order, from a StyleGrid as from the Map it stands for', () => {
    const grid = new StyleGrid().set(0, 1, GREEN).set(1, 0, RED).set(1, 1, GREEN);
    const map = new Map([[styleKey(0, 1), GREEN], [styleKey(1, 0), RED], [styleKey(1, 1), GREEN]]);
    expect(cells(sheet(grid))).toEqual([[0, 1, GREEN], [1, 0, RED], [1, 1, GREEN]]);
    expect(cells(sheet(map))).toEqual(cells(sheet(grid)));
  });

  it('skips keys that are not "row:column" and sheets without styles', () => {
    expect(cells(sheet(new Map([['x', GREEN], ['1:-2', RED], ['0:0', RED]])))).toEqual([[0, 0, RED]]);
    expect(cells(sheet(undefined))).toEqual([]);
  });
});

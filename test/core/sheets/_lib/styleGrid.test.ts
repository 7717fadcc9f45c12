import fc from 'fast-check';
import { styleKey, type CellStyle } from '../../../../src/core/sheets/outputSheet';
import { BAD, GOOD, NEUTRAL } from '../../../../src/core/sheets/_palette';
import { StyleGrid } from '../../../../src/core/sheets/_lib/styleGrid';

const PALETTE: CellStyle[] = [GOOD, NEUTRAL, BAD, { bold: true }];

/** Distinct cells in reading order, each with a palette style. */
const cells = fc
  .uniqueArray(fc.tuple(fc.nat(300), fc.nat(40)), { selector: ([r, c]) => styleKey(r, c), maxLength: 200 })
  .map((list) => list.sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2))
  .chain((list) => fc.tuple(fc.constant(list), fc.array(fc.nat(PALETTE.length - 1), { minLength: list.length, maxLength: list.length })));

describe('StyleGrid', () => {
  it('reads exactly as the Map keyed by styleKey it stands for: entries in order, size, get, has, forEach, keys, values', () => {
    fc.assert(
      fc.property(cells, ([list, styleOf]) => {
        const grid = new StyleGrid();
        const map = new Map<string, CellStyle>();
        list.forEach(([r, c], i) => {
          grid.set(r, c, PALETTE[styleOf[i]]);
          map.set(styleKey(r, c), PALETTE[styleOf[i]]);
        });
        expect([...grid]).toEqual([...map]);
        expect([...grid.entries()]).toEqual([...map.entries()]);
        expect([...grid.keys()]).toEqual([...map.keys()]);
        expect([...grid.values()]).toEqual([...map.values()]);
        expect(grid.size).toBe(map.size);
        const seen: [string, CellStyle][] = [];
        grid.forEach((style, key, owner) => {
          expect(owner).toBe(grid);
          seen.push([key, style]);
        });
        expect(seen).toEqual([...map]);
        for (const key of map.keys()) {
          expect(grid.get(key)).toBe(map.get(key));
          expect(grid.has(key)).toBe(true);
        }
      }),
    );
  });

  it('finds no cell it was not given, nor a key the Map would not hold', () => {
    fc.assert(
      fc.property(cells, fc.nat(301), fc.nat(41), ([list], r, c) => {
        const grid = new StyleGrid();
        list.forEach(([row, column]) => grid.set(row, column, GOOD));
        const given = list.some(([row, column]) => row === r && column === c);
        expect(grid.has(styleKey(r, c))).toBe(given);
        expect(grid.get(styleKey(r, c))).toBe(given ? GOOD : undefined);
      }),
    );
    const grid = new StyleGrid().set(1, 2, GOOD);
    for (const key of ['01:2', '1:02', '1: 2', ' 1:2', '1:2 ', '1', '', ':', '1:2:3', 'NaN:NaN']) expect(grid.has(key)).toBe(false);
  });

  it('grows past its first capacity and keeps every cell', () => {
    const grid = new StyleGrid();
    for (let r = 0; r < 5000; r++) grid.set(r, r % 7, PALETTE[r % 4]);
    expect(grid.size).toBe(5000);
    expect(grid.get('4999:1')).toBe(PALETTE[3]);
    expect(grid.get('2500:1')).toBe(PALETTE[0]);
  });

  it('refuses cells out of reading order, a cell twice, and rows or columns that are not whole numbers from 0', () => {
    const grid = new StyleGrid().set(3, 4, GOOD);
    expect(() => grid.set(3, 4, BAD)).toThrow(/set after 3:4/);
    expect(() => grid.set(3, 2, BAD)).toThrow(/set after 3:4/);
    expect(() => grid.set(2, 9, BAD)).toThrow(/set after 3:4/);
    expect(() => grid.set(-1, 0, BAD)).toThrow(/whole numbers/);
    expect(() => grid.set(4.5, 0, BAD)).toThrow(/whole numbers/);
    expect(() => grid.set(5, 70_000, BAD)).toThrow(/whole numbers/);
    expect([...grid]).toEqual([['3:4', GOOD]]);
  });

  it('hands back the very style objects it was given', () => {
    const own: CellStyle = { fill: '123456' };
    const grid = new StyleGrid().set(0, 0, own).set(0, 1, { ...own });
    const [[, first], [, second]] = [...grid];
    expect(first).toBe(own);
    expect(second).not.toBe(own);
    expect(second).toEqual(own);
  });
});

describe('StyleGrid with many distinct styles', () => {
  it('keeps each cell its own style object', () => {
    const own = Array.from({ length: 100 }, (_, i): CellStyle => ({ fill: String(i).padStart(6, '0') }));
    const grid = new StyleGrid();
    for (let r = 0; r < 300; r++) grid.set(r, 1, own[(r * 7) % 100]);
    expect([...grid.values()]).toEqual(Array.from({ length: 300 }, (_, r) => own[(r * 7) % 100]));
    for (let r = 0; r < 300; r++) expect(grid.get(`${r}:1`)).toBe(own[(r * 7) % 100]);
  });
});

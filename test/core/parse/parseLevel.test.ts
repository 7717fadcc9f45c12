import { parseLevel } from '../../../src/core/parse/parseLevel';

describe('parseLevel', () => {
  test.each([[3, 3], ['Level 3', 3], ['L3', 3], ['l 2', 2], ['Band 2', 2], ['LSA 1', 1], ['LSA level 4', 4], ['4', 4], ['Senior LSA', 4]])('%p is level %p', (cell, level) => {
    expect(parseLevel(cell)).toEqual({ kind: 'level', level });
  });
  test('blank and unreadable', () => {
    expect(parseLevel(null)).toEqual({ kind: 'blank' });
    expect(parseLevel('-')).toEqual({ kind: 'blank' });
    expect(parseLevel(5)).toEqual({ kind: 'invalid' });
    expect(parseLevel(2.5)).toEqual({ kind: 'invalid' });
    expect(parseLevel('Level 7')).toEqual({ kind: 'invalid' });
    expect(parseLevel('manager')).toEqual({ kind: 'invalid' });
  });
});

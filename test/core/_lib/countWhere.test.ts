import { countWhere } from '../../../src/core/_lib/countWhere';

describe('countWhere', () => {
  it('counts the items that pass, the same as filtering and taking the length', () => {
    const items = [3, 8, 1, 9, 4, 4];
    expect(countWhere(items, (n) => n >= 4)).toBe(items.filter((n) => n >= 4).length);
    expect(countWhere(items, (n) => n >= 4)).toBe(4);
    expect(countWhere([], () => true)).toBe(0);
  });
});

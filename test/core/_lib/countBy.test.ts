import { countBy } from '../../../src/core/_lib/countBy';

describe('countBy', () => {
  it('tallies each key in one pass, the same as counting each value separately', () => {
    const contracts = ['permanent', null, 'fixed-term', 'permanent', null, 'permanent'];
    const counts = countBy(contracts, (c) => c);
    expect(counts.get('permanent')).toBe(3);
    expect(counts.get(null)).toBe(2);
    expect(counts.get('fixed-term')).toBe(contracts.filter((c) => c === 'fixed-term').length);
    expect(counts.get('volunteer')).toBeUndefined();
    expect(countBy([], () => 1).size).toBe(0);
  });
});

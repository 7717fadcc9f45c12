import { commonNeeds } from '../../../src/core/training/commonNeeds';
import type { SharedNeed } from '../../../src/core/training/trainingNeed';

const need = (name: string, staffCount: number, category: SharedNeed['category'] = 'NOS gap'): SharedNeed => ({
  need: name, category, staffCount, staff: [], totalHours: 0, hoursEach: 0, deliveryHours: 0, delivery: '',
});

describe('commonNeeds', () => {
  it('adds each need\'s staff across sites, most staff first, then most sites, then by name', () => {
    const got = commonNeeds([
      [need('A3 relationships', 2), need('First aid', 1, 'Compliance')],
      [need('A3 relationships', 3), need('B1 planning', 4)],
      [need('First aid', 3, 'Compliance')],
    ], 10);
    expect(got.map((n) => [n.need, n.perSite, n.staffCount, n.sites])).toEqual([
      ['A3 relationships', [2, 3, 0], 5, 2],
      ['First aid', [1, 0, 3], 4, 2],
      ['B1 planning', [0, 4, 0], 4, 1],
    ]);
  });

  it('keeps the same text in different categories apart, and stops at the limit', () => {
    const got = commonNeeds([[need('Safeguarding', 2, 'Compliance'), need('Safeguarding', 1, 'CPD'), need('Writing', 1)]], 2);
    expect(got.map((n) => `${n.category}:${n.need}`)).toEqual(['Compliance:Safeguarding', 'CPD:Safeguarding']);
  });

  it('does not count a site where everyone has put the need off until later (0 staff this year; SPEC 9.2)', () => {
    const got = commonNeeds([[need('A3 relationships', 2)], [need('A3 relationships', 0)]], 10);
    expect(got.map((n) => [n.perSite, n.sites])).toEqual([[[2, 0], 1]]);
  });
});

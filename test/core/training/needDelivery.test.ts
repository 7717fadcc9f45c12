import { delivery } from '../../../src/core/training/needDelivery';

describe('delivery', () => {
  it('suggests delivery by group size', () => {
    expect([1, 2, 3, 7].map((n) => delivery(n))).toEqual([
      'Individual mentoring, shadowing or e-learning', 'Paired shadowing or peer observation',
      'Group session (in-house or with a local network)', 'Group session (in-house or with a local network)',
    ]);
  });
});

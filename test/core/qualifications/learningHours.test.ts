import { learningHours } from '../../../src/core/qualifications/learningHours';

describe('learningHours (seed 001: 1 credit = 10 hours)', () => {
  it('is credits x 10', () => {
    expect(learningHours(0)).toBe(0);
    expect(learningHours(6)).toBe(60);
    expect(learningHours(30)).toBe(300); // the generic certificate
    expect(learningHours(36)).toBe(360);
  });
});

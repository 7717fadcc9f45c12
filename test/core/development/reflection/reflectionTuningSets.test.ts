import { agreement } from './reflectionAgreement';
import { REFLECTION_FOURTH_SET } from './reflectionFourthSet';

// The fourth set is tuning data for the second round of the rules (written and committed before that tuning): its
// figures show what the rules do on the CPD-log notes they were tuned on, not an unseen estimate. On the first-round
// rules, before this tuning, it scored: description 24/34, feelings 35/37, evaluation 20/38, analysis 31/33,
// conclusion 33/34, action plan 25/38, depth 14/38 (36.8%). The test asks for 90% on depth, as the evaluation set does.
describe('Reflection fourth set, tuning data (SPEC 9.3)', () => {
  it('at least 30 well-formed entries, agreement reported', () => {
    expect(REFLECTION_FOURTH_SET.length).toBeGreaterThanOrEqual(30);
    for (const c of REFLECTION_FOURTH_SET) {
      expect(c.stages).toMatch(/^[YN?]{6}$/);
      expect(c.depth).toMatch(/^[DPR?]$/);
      if (c.stages.includes('?') || c.depth === '?') expect(c.why).toBeTruthy();
    }
    const { percent, report } = agreement('Fourth set (tuning data)', REFLECTION_FOURTH_SET);
    console.log(report);
    expect(percent[6]).toBeGreaterThanOrEqual(90);
  });
});

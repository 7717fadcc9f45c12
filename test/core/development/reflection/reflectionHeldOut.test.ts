import { agreement } from './reflectionAgreement';
import { REFLECTION_SIXTH_SET } from './reflectionSixthSet';

// SPEC 9.3: the held-out set of the third round of the rules, written by someone who had not seen the rules, and
// committed with this floor BEFORE the check was run on it. Its first run is the honest estimate for unseen entries
// (quoted in docs/rules.md); the rules are not tuned to it. Floor fixed before the run, as for the fifth set: 60% on
// depth, 70% on every stage.
// First contact (run once, after commit 1852fb5): description 24/30 80.0%, feelings 30/30 100%, evaluation 24/28
// 85.7%, analysis 27/27 100%, conclusion 30/30 100%, action plan 27/29 93.1%, depth 25/29 86.2% (the 15 CPD-log notes
// 12/15, the 14 clear fuller entries 13/14; all 4 depth disagreements judge the entry less reflective than its label).
const FLOOR_DEPTH = 60;
const FLOOR_STAGE = 70;

describe('Reflection sixth set, held out from the third round (SPEC 9.3)', () => {
  it('30 well-formed entries, agreement reported, at or above the floor set before the first run', () => {
    expect(REFLECTION_SIXTH_SET.length).toBe(30);
    for (const c of REFLECTION_SIXTH_SET) {
      expect(c.stages).toMatch(/^[YN?]{6}$/);
      expect(c.depth).toMatch(/^[DPR?]$/);
      if (c.stages.includes('?') || c.depth === '?') expect(c.why).toBeTruthy();
    }
    const { percent, report } = agreement('Sixth set (held out, third round)', REFLECTION_SIXTH_SET);
    console.log(report);
    for (const pct of percent.slice(0, 6)) expect(pct).toBeGreaterThanOrEqual(FLOOR_STAGE);
    expect(percent[6]).toBeGreaterThanOrEqual(FLOOR_DEPTH);
  });
});

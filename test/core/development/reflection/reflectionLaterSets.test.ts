import { agreement } from './reflectionAgreement';
import { REFLECTION_FIFTH_SET } from './reflectionFifthSet';
import { REFLECTION_SECOND_SET } from './reflectionSecondSet';
import { REFLECTION_THIRD_SET } from './reflectionThirdSet';

// SPEC 9.3: two sets of 30 written after the rules were tuned and committed before their first run. The figures of
// that first run (agreed/clear, per stage in Gibbs' order, then depth) were the honest estimate for unseen entries and
// are quoted in docs/rules.md. A floor of 60%, set before the first run, failed on the third set (evaluation 12/24,
// depth 10/24); it was not lowered to pass: the test reports the figures and fails only if the check does worse than
// on first contact, so a change that loses ground is seen.
// SPENT AS HELD-OUT SETS: after those first-contact figures were recorded, the second round of the rules was tuned on
// these two sets (with the fourth set, reflectionFourthSet.ts). They are TUNING DATA now: what they print is agreement
// on entries the rules were built from, not an estimate. The unseen estimate of the second round is the fifth set's
// first contact (reflectionFifthSet.ts). The fifth set was spent the same way: after its first contact (the second
// round's estimate, below) the third round was tuned on it; the third round's estimate is the sixth set's first contact
// (reflectionSixthSet.ts, reflectionHeldOut.test.ts).
const FIRST_CONTACT = {
  'Second set': [[25, 26], [27, 29], [21, 26], [20, 24], [22, 27], [27, 29], [17, 25]],
  'Third set (CPD log columns)': [[20, 24], [27, 28], [12, 24], [22, 24], [27, 28], [25, 30], [10, 24]],
  'Fifth set (second round held out)': [[26, 28], [28, 29], [25, 30], [25, 26], [27, 27], [24, 30], [20, 30]],
} as const;
const SETS = [
  ['Second set', REFLECTION_SECOND_SET], ['Third set (CPD log columns)', REFLECTION_THIRD_SET],
  ['Fifth set (second round held out)', REFLECTION_FIFTH_SET],
] as const;

describe('Reflection second, third and fifth sets, now tuning data (SPEC 9.3)', () => {
  for (const [name, set] of SETS) {
    it(`${name}: 30 well-formed entries, agreement reported, no worse than on first contact`, () => {
      expect(set.length).toBe(30);
      for (const c of set) {
        expect(c.stages).toMatch(/^[YN?]{6}$/);
        expect(c.depth).toMatch(/^[DPR?]$/);
        if (c.stages.includes('?') || c.depth === '?') expect(c.why).toBeTruthy();
      }
      const { percent, report } = agreement(name, set);
      console.log(report);
      FIRST_CONTACT[name].forEach(([agreed, clear], i) => expect(percent[i]).toBeGreaterThanOrEqual((100 * agreed) / clear - 1e-9));
    });
  }
});

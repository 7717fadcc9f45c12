import { agreement } from './reflectionAgreement';
import { REFLECTION_SET } from './reflectionEvaluationSet';

// SPEC 9.3: on the clear labels of the evaluation set, at least 90% on depth and at least 85% on every stage.
describe('Reflection evaluation set (SPEC 9.3)', () => {
  it('holds at least 100 entries, well formed, with few arguable labels', () => {
    expect(REFLECTION_SET.length).toBeGreaterThanOrEqual(100);
    for (const c of REFLECTION_SET) {
      expect(c.stages).toMatch(/^[YN?]{6}$/);
      expect(c.depth).toMatch(/^[DPR?]$/);
      if (c.stages.includes('?') || c.depth === '?') expect(c.why).toBeTruthy();
    }
    const arguable = REFLECTION_SET.flatMap((c) => [...c.stages]).filter((v) => v === '?').length;
    expect(arguable).toBeLessThan(REFLECTION_SET.length * 6 * 0.1);
  });

  it('agrees with at least 85% of the clear labels on every stage and 90% on depth', () => {
    const { percent, report } = agreement('Evaluation set', REFLECTION_SET);
    console.log(report);
    for (const pct of percent.slice(0, 6)) expect(pct).toBeGreaterThanOrEqual(85);
    expect(percent[6]).toBeGreaterThanOrEqual(90);
  });
});

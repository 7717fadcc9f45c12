import { smartCheck } from '../../../../src/core/development/smart/smartCheck';
import type { SmartCriterion } from '../../../../src/core/development/smart/smartResult';
import { EVALUATION_AUDIT_DATE, EVALUATION_SET, type EvaluationCase } from './smartEvaluationSet';
import { HELD_OUT_SET } from './smartHeldOutSet';
import { THIRD_SET } from './smartThirdSet';

// SPEC 3.6 (v2): agreement with the evaluation set is at least 95% per criterion on the clear cases.
const CRITERIA: [SmartCriterion, string][] = [
  ['specific', 'Specific'], ['measurable', 'Measurable'], ['achievable', 'Achievable'], ['relevant', 'Relevant'], ['timeBound', 'Time-bound'],
];

interface Agreement { percent: number[]; report: string }

function agreement(name: string, set: EvaluationCase[]): Agreement {
  const results = set.map((e) => ({
    e,
    verdicts: smartCheck({ objective: e.objective, reviewDate: e.reviewDate, successCriteria: e.successCriteria, nosLinks: e.nosLinks },
      EVALUATION_AUDIT_DATE).verdicts,
  }));
  const lines: string[] = [];
  const misses: string[] = [];
  const percent = CRITERIA.map(([key, label], i) => {
    let clear = 0;
    let agreed = 0;
    for (const { e, verdicts } of results) {
      const want = e.expected[i];
      if (want === '?') continue;
      clear++;
      if ((want === 'Y') === verdicts[key].met) agreed++;
      else misses.push(`  ${label} expected ${want}: "${e.objective}" (${verdicts[key].reason})`);
    }
    const pct = (100 * agreed) / clear;
    lines.push(`  ${label.padEnd(11)} ${agreed}/${clear} = ${pct.toFixed(1)}%`);
    return pct;
  });
  const arguable = set.filter((e) => e.expected.includes('?')).map((e) => `  ${e.expected} "${e.objective}": ${e.why ?? ''}`);
  const report = [`${name}: ${set.length} objectives; agreement on the clear verdicts per criterion:`, ...lines,
    ...(misses.length ? ['Disagreements:', ...misses] : []), `Arguable (left out of that criterion, "?"): ${arguable.length}`, ...arguable].join('\n');
  return { percent, report };
}

describe('SMART evaluation set (SPEC 3.6 v2)', () => {
  it('holds at least 150 objectives, with few arguable verdicts', () => {
    expect(EVALUATION_SET.length).toBeGreaterThanOrEqual(150);
    for (const e of [...EVALUATION_SET, ...HELD_OUT_SET, ...THIRD_SET]) expect(e.expected).toMatch(/^[YN?]{5}$/);
    const arguable = EVALUATION_SET.flatMap((e) => [...e.expected]).filter((v) => v === '?').length;
    expect(arguable).toBeLessThan(EVALUATION_SET.length * 5 * 0.05);
  });

  it('agrees with at least 95% of the clear verdicts on every criterion', () => {
    const { percent, report } = agreement('Evaluation set', EVALUATION_SET);
    console.log(report);
    for (const pct of percent) expect(pct).toBeGreaterThanOrEqual(95);
  });

  it('agrees with at least 95% on the second set, written after the rules were built', () => {
    const { percent, report } = agreement('Second set', HELD_OUT_SET);
    console.log(report);
    for (const pct of percent) expect(pct).toBeGreaterThanOrEqual(95);
  });

  it('agrees with at least 95% on the third set, in managers\' shorthand', () => {
    const { percent, report } = agreement('Third set', THIRD_SET);
    console.log(report);
    for (const pct of percent) expect(pct).toBeGreaterThanOrEqual(95);
  });
});

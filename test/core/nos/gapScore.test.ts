import fc from 'fast-check';
import { gapScore, gapScoreOnly } from '../../../src/core/nos/gapScore';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';

describe('gapScore (SPEC 3.4)', () => {
  it('scores gaps over assessed criteria only and coverage over all applicable', () => {
    // A1: target 3, rating 1 -> gap 2; A2: 3 vs 3 -> 0; A3 not assessed. 100 x 2/6 = 33.3; coverage 2 of 3 = 66.7
    const r = gapScore({ A1: 1, A2: 3, A3: null }, { A1: 3, A2: 3, A3: 3 });
    expect(r.gapScore).toBe(33.3);
    expect(r.coverage).toBe(66.7);
    expect(r.gapByStandard).toEqual({ A: 33.3, B: null, C: null });
    expect(r.priorityGaps).toEqual([{ code: 'A1', standard: 'A', number: 1, target: 3, rating: 1, gap: 2, priority: 'High' }]);
    expect(r.strengths).toEqual([]);
  });

  it('orders priority gaps by gap, then A before B before C, then by number (A10 after A1)', () => {
    const targets = { A1: 3, A2: 3, A10: 3, B1: 2, B2: 2, C1: 3 };
    const ratings = { A1: 2, A2: 0, A10: 2, B1: 0, B2: 1, C1: 1 } as const;
    // gaps: A1 1, A2 3, A10 1, B1 2, B2 1, C1 2
    const r = gapScore(ratings, targets);
    expect(r.priorityGaps.map((g) => `${g.code}:${g.gap}:${g.priority}`)).toEqual([
      'A2:3:High', 'B1:2:High', 'C1:2:High', 'A1:1:Medium', 'A10:1:Medium', 'B2:1:Medium',
    ]);
    // sum g = 10, sum t = 16 -> 62.5; A: 5/9 -> 55.6; B: 3/4 -> 75; C: 2/3 -> 66.7
    expect(r.gapScore).toBe(62.5);
    expect(r.gapByStandard).toEqual({ A: 55.6, B: 75, C: 66.7 });
    expect(r.coverage).toBe(100);
  });

  it('counts no gap for a rating above target and lists ratings of 4 as strengths in catalogue order', () => {
    const r = gapScore({ B2: 4, A3: 3, A1: 4 }, { A1: 3, A3: 3, B2: 2 });
    expect(r.gapScore).toBe(0);
    expect(r.priorityGaps).toEqual([]);
    expect(r.strengths).toEqual(['A1', 'B2']);
  });

  it('gives no gap score when nothing is assessed, and coverage 0', () => {
    const r = gapScore({ A1: null }, { A1: 3, A2: 3 });
    expect(r.gapScore).toBeNull();
    expect(r.coverage).toBe(0);
    expect(r.gapByStandard).toEqual({ A: null, B: null, C: null });
  });

  it('ignores ratings of criteria that have no target (not applicable)', () => {
    const r = gapScore({ C1: 4, A1: 0 }, { A1: 2 });
    expect(r.strengths).toEqual([]);
    expect(r.gapScore).toBe(100);
    expect(r.gapByStandard.C).toBeNull();
  });

  it('scores 0 when every assessed target is 0 (nothing to fall short of)', () => {
    expect(gapScore({ A1: 0 }, { A1: 0 }).gapScore).toBe(0);
  });

  it('has coverage 0 when no criterion is applicable', () => {
    expect(gapScore({ A1: 3 }, {}).coverage).toBe(0);
  });

  it('rounds to one decimal place', () => {
    // 1 of 24 assessed = 4.1666.. -> 4.2; gap 1 of 3 = 33.33.. -> 33.3
    const targets: Record<string, number> = {};
    for (let i = 1; i <= 17; i++) targets[`A${i}`] = 3;
    for (let i = 1; i <= 7; i++) targets[`B${i}`] = 2;
    const r = gapScore({ A1: 2 }, targets);
    expect(r.coverage).toBe(4.2);
    expect(r.gapScore).toBe(33.3);
  });

  it('gapScoreOnly gives the same number as gapScore for any ratings and targets', () => {
    const codes = NOS_CATALOGUE.map((c) => c.code);
    const cell = fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined });
    fc.assert(fc.property(fc.array(cell, { minLength: 31, maxLength: 31 }), fc.array(cell, { minLength: 31, maxLength: 31 }), (rs, ts) => {
      const ratings: Record<string, number | null> = {};
      const targets: Record<string, number> = {};
      codes.forEach((code, i) => {
        ratings[code] = rs[i] ?? null;
        if (ts[i] !== undefined) targets[code] = ts[i] as number;
      });
      expect(gapScoreOnly(ratings as never, targets)).toBe(gapScore(ratings as never, targets).gapScore);
    }));
  });

  it('orders priority gaps biggest first, then in catalogue order, whatever order the targets come in', () => {
    const codes = NOS_CATALOGUE.map((c) => c.code);
    const order = (code: string) => codes.indexOf(code);
    fc.assert(fc.property(fc.shuffledSubarray(codes, { minLength: 1 }), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 31, maxLength: 31 }), (picked, rs) => {
      const targets: Record<string, number> = {};
      const ratings: Record<string, number> = {};
      picked.forEach((code, i) => {
        targets[code] = 4 - (i % 3);
        ratings[code] = rs[i % rs.length];
      });
      const gaps = gapScore(ratings as never, targets).priorityGaps;
      const expected = picked
        .filter((code) => targets[code] - ratings[code] >= 1)
        .sort((a, b) => targets[b] - ratings[b] - (targets[a] - ratings[a]) || order(a) - order(b));
      expect(gaps.map((g) => g.code)).toEqual(expected);
    }));
  });
});

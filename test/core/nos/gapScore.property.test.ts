import fc from 'fast-check';
import { gapScore } from '../../../src/core/nos/gapScore';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import type { Rating } from '../../../src/core/rating';
import type { LsaLevel } from '../../../src/core/staffMember';
import { targetsFor } from '../../../src/core/nos/targets';

const ratingOrBlank = fc.option(fc.constantFrom<Rating>(0, 1, 2, 3, 4), { nil: null });
const ratings = fc.tuple(...NOS_CATALOGUE.map(() => ratingOrBlank)).map((rs) =>
  Object.fromEntries(NOS_CATALOGUE.map((c, i) => [c.code, rs[i]])),
);
const level = fc.constantFrom<LsaLevel>(1, 2, 3, 4);
const inRange = (v: number | null) => v === null || (v >= 0 && v <= 100);

describe('gapScore properties', () => {
  it('keeps gap scores and coverage within 0-100 for any ratings, level and specialism', () => {
    fc.assert(
      fc.property(ratings, level, fc.boolean(), (rs, lv, specialist) => {
        const r = gapScore(rs, targetsFor(lv, specialist));
        expect(r.coverage).toBeGreaterThanOrEqual(0);
        expect(r.coverage).toBeLessThanOrEqual(100);
        expect(inRange(r.gapScore)).toBe(true);
        expect(Object.values(r.gapByStandard).every(inRange)).toBe(true);
      }),
    );
  });

  it('has a gap score exactly when something applicable is assessed', () => {
    fc.assert(
      fc.property(ratings, level, fc.boolean(), (rs, lv, specialist) => {
        const r = gapScore(rs, targetsFor(lv, specialist));
        expect(r.gapScore === null).toBe(r.coverage === 0);
      }),
    );
  });
});

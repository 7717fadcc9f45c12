import fc from 'fast-check';
import { nosCoverage, nosGap } from '../../../src/core/nos/nosFunctions';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { parseRating } from '../../../src/core/nos/parseRating';
import { BLANK_CELL, INVALID_CELL, ratingCode, readRatingVector } from '../../../src/core/nos/ratingVector';

// A bare row or column of ratings takes a fast path (rating codes, no records); the same cells under their codes
// (two rows, codes first) take the general one. Both must give the same value or the same message, byte for byte.
const CODES = NOS_CATALOGUE.map((c) => c.code);

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>(0, 1, 2, 3, 4, '', '', 'n/a', '-', 'Competent', 'Developing', 'Aware', 'Not yet', 'Advanced') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      null, undefined, -1, 5, 2.5, -0, NaN, ' ', 'N/A', 'NA', 'not assessed', ' competent ', 'NOT  YET', 'advanced', '3', ' 4 ', '5',
      'good', 'tbc', 'see HR', 'a really long comment that somebody typed into a rating cell', true, false,
      new Date(Date.UTC(2024, 1, 3)), { error: '#N/A' }, { error: '#REF!' }, {}, [], [3],
    ),
  },
);
const cells = fc.constantFrom(17, 24, 31).chain((n) => fc.array(cell, { minLength: n, maxLength: n }));
const level = fc.constantFrom<unknown>(1, 2, 3, 4, [[3]], 'L2', 'Level 4', ' 1 ', '', null, undefined, [['']], 0, 5, 2.5, 'x');
const specialist = fc.constantFrom<unknown>(undefined, null, '', true, false, 'Yes', 'no', 1, 0, [[true]], 'maybe');

describe('nosGap and nosCoverage on a bare row or column', () => {
  it('give what the same cells under their criterion codes give', () => {
    fc.assert(
      fc.property(cells, level, specialist, (cs, lv, spec) => {
        const coded = [CODES.slice(0, cs.length), cs];
        expect(nosGap([cs], lv, spec)).toEqual(nosGap(coded, lv, spec));
        expect(nosGap(cs.map((c) => [c]), lv, spec)).toEqual(nosGap(coded, lv, spec));
        expect(nosCoverage([cs], lv, spec)).toEqual(nosCoverage(coded, lv, spec));
      }),
      { numRuns: 2000 },
    );
  });

  it('score against a targets range as the general path does', () => {
    fc.assert(
      fc.property(cells, fc.array(fc.constantFrom<unknown>(0, 1, 2, 3, 4, ''), { minLength: 31, maxLength: 31 }), (cs, ts) => {
        const targets = [ts.slice(0, cs.length)];
        expect(nosGap([cs], targets)).toEqual(nosGap([CODES.slice(0, cs.length), cs], targets));
      }),
      { numRuns: 300 },
    );
  });
});

describe('ratingCode', () => {
  it('agrees with parseRating on every cell value', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.string(), fc.double(), fc.integer({ min: -2, max: 6 })), (v) => {
        const cellValue = typeof v === 'object' && v !== null && !(v instanceof Date) && !('error' in v) ? undefined : v;
        const parsed = parseRating(cellValue as Parameters<typeof parseRating>[0]);
        const expected = parsed.kind === 'rating' ? parsed.rating : parsed.kind === 'blank' ? BLANK_CELL : INVALID_CELL;
        expect(ratingCode(v)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readRatingVector', () => {
  const out = new Int8Array(31);
  it('reads a row or a column of 17, 24 or 31 cells', () => {
    expect(readRatingVector([[3, '', 'Aware', ...Array(14).fill('n/a')]], out)).toBe(17);
    expect(Array.from(out.slice(0, 4))).toEqual([3, BLANK_CELL, 1, BLANK_CELL]);
    expect(readRatingVector(Array.from({ length: 24 }, () => [2]), out)).toBe(24);
  });

  it('gives 0 for other shapes and for a cell that is not a rating', () => {
    expect(readRatingVector([Array(18).fill(3)], out)).toBe(0);
    expect(readRatingVector([['A1', 'A2'], [3, 3]], out)).toBe(0);
    expect(readRatingVector([[...Array(16).fill(3), 'good']], out)).toBe(0);
    expect(readRatingVector(3, out)).toBe(0);
  });
});

import fc from 'fast-check';
import { isIsoDate } from '../../../src/core/_lib/isoDate';
import { DayCache } from '../../../src/core/_lib/dayCache';
import { memo } from '../../../src/core/_lib/memo';
import { isTidy, tidySpaces } from '../../../src/core/_lib/tidySpaces';

// The fast paths of parsing must answer exactly as the simple code they replace.
describe('parse fast paths', () => {
  const SPACES = [' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', 'a', 'Z', 'é', '•'];

  test('tidySpaces is trim + collapse, and isTidy says when that changes nothing', () => {
    expect(tidySpaces('  Ann \n\t Lee ')).toBe('Ann Lee');
    expect([isTidy('Ann Lee'), isTidy('Ann  Lee'), isTidy(' Ann'), isTidy('Ann\u00a0Lee'), isTidy('')]).toEqual([true, false, false, false, true]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SPACES), { maxLength: 10 }), (chars) => {
        const text = chars.join('');
        const expected = text.trim().replace(/\s+/g, ' ');
        return tidySpaces(text) === expected && isTidy(text) === (expected === text);
      }),
    );
  });

  test('isIsoDate agrees with the yyyy-mm-dd pattern and the calendar', () => {
    const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
    const reference = (t: string): boolean => {
      const m = ISO.exec(t);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
      return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
    };
    const part = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const t = `${part(y, 4)}-${part(m, 2)}-${part(d, 2)}`;
      return isIsoDate(t) === reference(t);
    }));
    for (const t of ['2024-02-29', '1900-02-29', '2024-1-01', '2024-01-01 ', '２０２４-01-01', '2024/01/01']) expect(isIsoDate(t)).toBe(reference(t));
  });

  test('memo answers as the function does, once per argument', () => {
    let calls = 0;
    const lower = memo((s: string) => {
      calls++;
      return s === 'none' ? null : s.toLowerCase();
    }, 2);
    expect([lower('A'), lower('A'), lower('none'), lower('none'), lower('B'), lower('A')]).toEqual(['a', 'a', null, null, 'b', 'a']);
    expect(calls).toBe(4); // full at two: emptied, so 'A' was worked out again
  });

  test('DayCache holds days in and out of the plausible years', () => {
    const cache = new DayCache<string>();
    for (const day of [0, -25567, 47846, -30000, 60000]) cache.set(day, `d${day}`);
    expect([cache.get(0), cache.get(-25567), cache.get(47846), cache.get(-30000), cache.get(60000), cache.get(1)]).toEqual(['d0', 'd-25567', 'd47846', 'd-30000', 'd60000', undefined]);
    expect(cache.outliers).toBe(2);
    cache.clear();
    expect([cache.get(0), cache.get(60000), cache.outliers]).toEqual([undefined, undefined, 0]);
  });
});

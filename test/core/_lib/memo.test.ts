import fc from 'fast-check';
import { memo2 } from '../../../src/core/_lib/memo';

describe('memo2', () => {
  it('answers as the function does, and works each pair out once', () => {
    let calls = 0;
    const add = memo2((a: number, b: string) => {
      calls++;
      return `${a}:${b}`;
    }, 4);
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('x', 'y', 'z'))), (pairs) => {
      for (const [a, b] of pairs) expect(add(a, b)).toBe(`${a}:${b}`);
    }));
    calls = 0;
    add(1, 'x');
    add(1, 'x');
    expect(calls).toBeLessThanOrEqual(1);
  });
});

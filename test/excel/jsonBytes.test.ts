import fc from 'fast-check';
import { numberBytes, valueBytes } from '../../src/excel/_lib/jsonBytes';

describe('numberBytes', () => {
  it('counts the characters of String(v) for every number, without building the string for safe integers', () => {
    const edges: number[] = [0, -0, NaN, Infinity, -Infinity, 0.1, -1.5e-7, 1e21, -1e21, 1e300, 5e-324, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53];
    // Around every power of ten a digit is gained or lost.
    for (let p = 1; p <= 1e16; p *= 10) edges.push(p - 1, p, p + 1, -(p - 1), -p, -(p + 1));
    for (const v of edges) expect([v, numberBytes(v)]).toEqual([v, String(v).length]);
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -2e9, max: 2e9 }), fc.maxSafeInteger(), fc.double()), (v) => numberBytes(v) === String(v).length), { numRuns: 2000 });
  });

  it('is what valueBytes counts for a number', () => {
    expect([7, -42, 3.25].map((v) => valueBytes(v))).toEqual([1, 3, 4]);
  });
});

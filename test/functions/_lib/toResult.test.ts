import { toResult } from '../../../src/functions/_lib/toResult';
import { todayIso } from '../../../src/core/_lib/todayIso';

// Runs without the CustomFunctions fake: toResult must still work where that global does not exist.
describe('toResult outside Excel', () => {
  it('unwraps a value', () => {
    expect(toResult({ value: [['A1']] })).toEqual([['A1']]);
  });

  it('throws a plain Error with the message when CustomFunctions is undefined', () => {
    expect((globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBeUndefined();
    expect(() => toResult({ error: 'value', message: 'level must be 1-4' })).toThrow(new Error('level must be 1-4'));
  });
});

describe('todayIso', () => {
  it('formats a local date as yyyy-mm-dd with padding', () => {
    expect(todayIso(new Date(2026, 8, 1, 23, 59))).toBe('2026-09-01');
  });
});

import fc from 'fast-check';
import {
  addDays, addMonths, addYears, fromDayNumber, isIsoDate, toDayNumber, wholeYearsBetween,
} from '../../../src/core/_lib/isoDate';

describe('isoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('1/2/2025')).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-04-01', 60)).toBe('2025-05-31'); // 29 left in April + 31 in May
  });

  it('clamps a missing day to the end of the month', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addYears('2023-05-10', 1.5)).toBe('2024-11-10');
  });

  it('counts days and completed years', () => {
    expect(wholeYearsBetween('2015-06-01', '2025-05-31')).toBe(9);
    expect(wholeYearsBetween('2015-06-01', '2025-06-01')).toBe(10);
    expect(wholeYearsBetween('2020-02-29', '2021-02-28')).toBe(1);
  });

  it('agrees with the UTC calendar for any day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        const iso = new Date(n * 86400000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });
});

import { doneInLastTwelveMonths, isInLastTwelveMonths, lastTwelveMonthsStart } from '../../src/core/lastTwelveMonths';

describe('lastTwelveMonths', () => {
  it('starts on the same day one year before the audit date', () => {
    expect(lastTwelveMonthsStart('2025-03-31')).toBe('2024-03-31');
  });

  it('starts on 28 February when the audit date is 29 February', () => {
    expect(lastTwelveMonthsStart('2024-02-29')).toBe('2023-02-28');
    expect(isInLastTwelveMonths('2023-02-28', '2024-02-29')).toBe(true);
    expect(isInLastTwelveMonths('2023-02-27', '2024-02-29')).toBe(false);
  });

  it('includes a 29 February a year before a 28 February audit', () => {
    expect(isInLastTwelveMonths('2024-02-29', '2025-02-28')).toBe(true);
    expect(isInLastTwelveMonths('2024-02-28', '2025-02-28')).toBe(true);
    expect(isInLastTwelveMonths('2024-02-27', '2025-02-28')).toBe(false);
  });

  it('includes both ends and excludes the day before and the day after', () => {
    expect(isInLastTwelveMonths('2024-03-31', '2025-03-31')).toBe(true);
    expect(isInLastTwelveMonths('2025-03-31', '2025-03-31')).toBe(true);
    expect(isInLastTwelveMonths('2024-03-30', '2025-03-31')).toBe(false);
    expect(isInLastTwelveMonths('2025-04-01', '2025-03-31')).toBe(false);
  });

  it('counts a dated record by its date, a dateless "Yes" as done, and no record as not done', () => {
    expect(doneInLastTwelveMonths({ date: '2024-09-01' }, '2025-03-31')).toBe(true);
    expect(doneInLastTwelveMonths({ date: '2023-09-01' }, '2025-03-31')).toBe(false);
    // SPEC 9.1: a dateless Yes cannot be shown to fall in the window (it was true under version 2).
    expect(doneInLastTwelveMonths({ date: null }, '2025-03-31')).toBe(false);
    expect(doneInLastTwelveMonths(null, '2025-03-31')).toBe(false);
  });
});

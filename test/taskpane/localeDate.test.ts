import { formatDate, parseDate } from '../../src/taskpane/_lib/localeDate';

describe('dates in the user\'s locale', () => {
  it('writes an ISO date the way the locale writes dates', () => {
    expect(formatDate('2026-09-01', 'en-GB')).toBe('01/09/2026');
    expect(formatDate('2026-09-01', 'en-US')).toBe('09/01/2026');
  });

  it('reads a date typed the locale\'s way, or as yyyy-mm-dd, and refuses what is not a date', () => {
    expect(parseDate('01/09/2026', 'en-GB')).toBe('2026-09-01');
    expect(parseDate('1.9.26', 'en-GB')).toBe('2026-09-01');
    expect(parseDate('09/01/2026', 'en-US')).toBe('2026-09-01');
    expect(parseDate('2026-09-01', 'en-US')).toBe('2026-09-01');
    expect(parseDate('31/02/2026', 'en-GB')).toBeNull();
    expect(parseDate('soon', 'en-GB')).toBeNull();
  });

  it('round-trips every day of a year', () => {
    for (let d = Date.UTC(2026, 0, 1); d < Date.UTC(2027, 0, 1); d += 86_400_000) {
      const iso = new Date(d).toISOString().slice(0, 10);
      for (const locale of ['en-GB', 'en-US', 'de-DE']) expect(parseDate(formatDate(iso, locale), locale)).toBe(iso);
    }
  });
});

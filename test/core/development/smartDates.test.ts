import { addMonths } from '../../../src/core/_lib/isoDate';
import { findDeadlines, monthsBetween, toIsoDate } from '../../../src/core/development/smartDates';

describe('smartDates', () => {
  it('reads ISO text, UK text and Excel serial numbers', () => {
    expect(toIsoDate('2027-03-31')).toBe('2027-03-31');
    expect(toIsoDate('03/04/2025')).toBe('2025-04-03'); // 3 April
    expect(toIsoDate(46266)).toBe('2026-09-01');
    expect(toIsoDate('31/02/2025')).toBeNull();
    expect(toIsoDate('soon')).toBeNull();
  });

  it('adds months, clamping to the month end', () => {
    expect(addMonths('2026-09-01', 18)).toBe('2028-03-01');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('finds dates and timeframes in text', () => {
    const audit = '2026-09-01';
    expect(findDeadlines('complete it by june 2027', audit)).toEqual([{ phrase: 'june 2027', earliest: '2027-06-01', latest: '2027-06-30', months: null }]);
    expect(findDeadlines('by 30/06/2027', audit)[0].earliest).toBe('2027-06-30');
    expect(findDeadlines('by march', audit)[0].earliest).toBe('2027-03-01'); // next March after September 2026
    expect(findDeadlines('within 6 weeks', audit)[0].months).toBe(1.5);
    expect(findDeadlines('by the end of term', audit)[0].months).toBe(12);
    expect(findDeadlines('i may do it', audit)).toEqual([]);
  });

  it('measures months between dates', () => {
    expect(Math.round(monthsBetween('2026-09-01', '2027-09-01'))).toBe(12);
  });
});

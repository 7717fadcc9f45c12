import { addMonths } from '../../../../src/core/_lib/isoDate';
import { findDeadlines, monthsBetween, reachMonths, toIsoDate } from '../../../../src/core/development/smart/smartDates';

const AUDIT = '2026-09-01';
const latest = (text: string): string | null => findDeadlines(` ${text} `, AUDIT)[0]?.latest ?? null;
const months = (text: string): number | null => findDeadlines(` ${text} `, AUDIT)[0]?.months ?? null;

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

  it('finds dates written as dates', () => {
    expect(findDeadlines(' complete it by june 2027 ', AUDIT)).toEqual([{ phrase: 'by june 2027', latest: '2027-06-30', months: null }]);
    expect(latest('by 30/06/2027')).toBe('2027-06-30');
    expect(latest('by 31.03.27')).toBe('2027-03-31');
    expect(latest('by 31st march 2027')).toBe('2027-03-31');
    expect(latest('by march')).toBe('2027-03-31'); // the next March after September 2026
    expect(latest('in 2027')).toBe('2027-12-31');
  });

  it('finds academic years, terms, quarters, Easter and Christmas (SPEC 3.6 v2)', () => {
    expect(latest('by the end of the 2026/27 academic year')).toBe('2027-07-31');
    expect(latest('by the end of 2026-27')).toBe('2027-07-31');
    expect(latest('in the autumn term 2026')).toBe('2026-12-31');
    expect(latest('in the autumn term')).toBe('2026-12-31');
    expect(latest('by the spring half term')).toBe('2027-02-28');
    expect(latest('in the summer term')).toBe('2027-07-31');
    expect(latest('by q1 2027')).toBe('2027-03-31');
    expect(latest('by q3')).toBe('2026-09-30'); // the third quarter the audit falls in ends on 30 September 2026

    expect(latest('by easter 2027')).toBe('2027-03-28'); // Easter Sunday 2027
    expect(latest('by easter')).toBe('2027-03-28');
    expect(latest('by christmas')).toBe('2026-12-25');
    expect(latest('by christmas 2025')).toBe('2025-12-25');
    expect(latest('by next summer')).toBe('2027-08-31');
  });

  it('finds timeframes with number words up to twenty', () => {
    expect(months('within eight weeks')).toBe(2);
    expect(months('within twenty days')).toBeCloseTo(0.67, 2);
    expect(months('in the next 6 weeks')).toBe(1.5);
    expect(months('over the next three years')).toBe(36);
    expect(months('over the next year')).toBe(12);
    expect(findDeadlines(' i may do it soon, asap, when i have time ', AUDIT)).toEqual([]);
    expect(findDeadlines(' three times a week ', AUDIT)).toEqual([]);
  });

  it('measures how far a deadline reaches, negative once passed', () => {
    expect(Math.round(monthsBetween('2026-09-01', '2027-09-01'))).toBe(12);
    expect(reachMonths({ phrase: 'by june 2025', latest: '2025-06-30', months: null }, AUDIT)).toBeLessThan(0);
    expect(reachMonths({ phrase: 'within 24 months', latest: null, months: 24 }, AUDIT)).toBe(24);
  });
});

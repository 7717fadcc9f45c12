import { parseDate } from '../../../src/core/cells/parseDate';

const date = (d: string) => ({ kind: 'date', date: d });

describe('parseDate', () => {
  test('Excel serial numbers, with the 1900 leap-year bug', () => {
    expect(parseDate(45658)).toEqual(date('2025-01-01'));
    expect(parseDate(61)).toEqual({ kind: 'invalid' }); // 1 March 1900: a real date, but before 1910 it is a slip
    expect(parseDate(45658.75)).toEqual(date('2025-01-01')); // the time of day is dropped
    expect(parseDate('45658')).toEqual(date('2025-01-01'));
    expect(parseDate(3)).toEqual({ kind: 'invalid' });
  });
  test('Date objects use their UTC parts', () => {
    expect(parseDate(new Date(Date.UTC(2024, 8, 1)))).toEqual(date('2024-09-01'));
    expect(parseDate(new Date(NaN))).toEqual({ kind: 'invalid' });
  });
  test('ISO and UK text: 03/04/2025 is 3 April', () => {
    expect(parseDate('2025-04-03')).toEqual(date('2025-04-03'));
    expect(parseDate('2025-04-03T00:00:00Z')).toEqual(date('2025-04-03'));
    expect(parseDate('03/04/2025')).toEqual(date('2025-04-03'));
    expect(parseDate('3/4/25')).toEqual(date('2025-04-03'));
    expect(parseDate('3.4.85')).toEqual(date('1985-04-03'));
    expect(parseDate('31/02/2025')).toEqual({ kind: 'invalid' });
  });
  test('dates in words', () => {
    expect(parseDate('3 April 2025')).toEqual(date('2025-04-03'));
    expect(parseDate('3rd Apr 2025')).toEqual(date('2025-04-03'));
    expect(parseDate('April 3, 2025')).toEqual(date('2025-04-03'));
    expect(parseDate('Sept 2023')).toEqual(date('2023-09-01'));
  });
  test('Yes is done with no date, No is not done, blank is blank', () => {
    expect(parseDate('Yes')).toEqual({ kind: 'done' });
    expect(parseDate(true)).toEqual({ kind: 'done' });
    expect(parseDate('no')).toEqual({ kind: 'no' });
    expect(parseDate(null)).toEqual({ kind: 'blank' });
    expect(parseDate('  ')).toEqual({ kind: 'blank' });
  });
  test('anything else is unreadable', () => {
    expect(parseDate('last spring')).toEqual({ kind: 'invalid' });
    expect(parseDate({ error: '#REF!' })).toEqual({ kind: 'invalid' });
    expect(parseDate('=TODAY()')).toEqual({ kind: 'invalid' });
  });
});

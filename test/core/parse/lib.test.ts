import { columnLetters, columnNumber } from '../../../src/core/_lib/columnLetters';
import { parseA1Range, rangesOverlap } from '../../../src/core/parse/_lib/a1';
import { cellText, issueValue } from '../../../src/core/parse/_lib/cellText';
import { isIsoDate } from '../../../src/core/_lib/isoDate';
import { isoDate } from '../../../src/core/_lib/isoDate';
import { readNumber } from '../../../src/core/parse/_lib/readNumber';

describe('parse helpers', () => {
  test('A1 references', () => {
    expect([columnNumber('A'), columnNumber('Z'), columnNumber('AA'), columnLetters(28)]).toEqual([1, 26, 27, 'AB']);
    expect(parseA1Range('Sheet1!$C$5:B3')).toEqual({ top: 3, bottom: 5, left: 2, right: 3 });
    expect(parseA1Range('nonsense')).toBeNull();
    expect(rangesOverlap({ top: 1, bottom: 1, left: 1, right: 6 }, { top: 3, bottom: 9, left: 1, right: 11 })).toBe(false);
  });
  test('cell text and issue values', () => {
    expect(cellText('  a \n b ')).toBe('a b');
    expect(cellText(new Date(Date.UTC(2025, 0, 2)))).toBe('2025-01-02');
    expect(cellText({ error: '#N/A' })).toBeNull();
    expect(issueValue({ error: '#N/A' })).toBe('#N/A');
    expect(issueValue('y'.repeat(1000))).toHaveLength(201);
  });
  test('dates', () => {
    expect([isoDate(2024, 2, 29), isoDate(2025, 2, 29), isoDate(2025, 13, 1)]).toEqual(['2024-02-29', null, null]);
    expect([isIsoDate('2025-02-29'), isIsoDate('2024-02-29'), isIsoDate('31/01/2025')]).toEqual([false, true, false]);
  });
  test('numbers', () => {
    expect(readNumber('22,5 hrs')).toEqual({ kind: 'number', value: 22.5 });
    expect(readNumber(-1)).toEqual({ kind: 'invalid' });
    expect(readNumber('-')).toEqual({ kind: 'blank' });
    expect(readNumber('about 3')).toEqual({ kind: 'invalid' });
  });
});

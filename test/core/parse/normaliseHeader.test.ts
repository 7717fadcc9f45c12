import { headerWords, normaliseHeader } from '../../../src/core/parse/normaliseHeader';

describe('normaliseHeader', () => {
  test('ignores case, spaces and punctuation', () => {
    expect(normaliseHeader(' Specialism(s) ')).toBe('specialisms');
    expect(normaliseHeader('Self-assessment DATE')).toBe('selfassessmentdate');
    expect(normaliseHeader('Staff_ID')).toBe('staffid');
  });
  test('reads & as "and"', () => {
    expect(normaliseHeader('Health & Safety')).toBe(normaliseHeader('Health and safety'));
  });
  test('keeps letters beyond ASCII', () => {
    expect(normaliseHeader('Café Niveau')).toBe('caféniveau');
  });
  test('splits a header into words', () => {
    expect(headerWords('Date of last appraisal (dd/mm/yyyy)')).toEqual(['date', 'of', 'last', 'appraisal', 'dd', 'mm', 'yyyy']);
  });
});

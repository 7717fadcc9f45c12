import { matchHeader } from '../../../src/core/parse/matchHeader';

describe('matchHeader', () => {
  test.each([
    ['Staff ID', 'staffId'],
    ['payroll no.', 'staffId'],
    ['Full name', 'name'],
    ['Surname', 'surname'],
    ['Specialism(s)', 'specialisms'],
    ['Employment status', 'contract'],
    ['Hours per week', 'hoursPerWeek'],
    ['Induction completed', 'induction'],
    ['Numeracy', 'maths'],
    ['Paid to attend training', 'paidToTrain'],
    ['Health & Safety', 'compliance:healthAndSafety'],
    ['First Aid', 'compliance:firstAid'],
    ['Next step', 'aspiration'],
  ])('%s is %s with full confidence', (header, field) => {
    expect(matchHeader(header)).toEqual({ field, confidence: 1 });
  });

  test('rating columns come from parseRatingHeader', () => {
    expect(matchHeader('A1')).toEqual({ field: 'rating:A1', confidence: 1 });
    expect(matchHeader('NOS A.1')).toEqual({ field: 'rating:A1', confidence: 0.9 });
    expect(matchHeader('C7 agreed')).toEqual({ field: 'rating:C7:manager', confidence: 0.9 });
  });

  test('a synonym inside a longer header matches with less confidence', () => {
    // "last appraisal" is 2 of 4 words: 0.5 + 0.4 * 2/4
    expect(matchHeader('Date of last appraisal')).toEqual({ field: 'lastReview', confidence: 0.7 });
    expect(matchHeader('Safeguarding training date')?.field).toBe('compliance:safeguarding');
  });

  test('generic words inside a longer header do not match', () => {
    expect(matchHeader('Hours of training delivered')).toBeNull();
    expect(matchHeader('Qualification level')).toBeNull();
    expect(matchHeader('Contract end date')).toBeNull();
    expect(matchHeader('')).toBeNull();
    expect(matchHeader('Favourite colour')).toBeNull();
  });
});

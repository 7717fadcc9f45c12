import { normaliseCriterionCode, parseRatingHeader } from '../../../src/core/nos/criterionCode';

describe('normaliseCriterionCode', () => {
  it.each(['A1', 'a1', 'NOS A1', 'A.1', 'A01', 'A1 rating', 'A1 self', 'A-1', 'A 1', 'NOS-A1', ' a1 ', 'A1 manager'])(
    'reads %p as A1',
    (text) => expect(normaliseCriterionCode(text)).toBe('A1'),
  );

  it('reads the last criterion of each standard', () => {
    expect(normaliseCriterionCode('A17')).toBe('A17');
    expect(normaliseCriterionCode('b.07')).toBe('B7');
    expect(normaliseCriterionCode('NOS C7 self')).toBe('C7');
  });

  it.each(['A18', 'B8', 'C8', 'D1', 'A0', 'Address 1', 'Area 1', 'A1 target', 'A1 date', 'A12B', '', 'A'])(
    'rejects %p',
    (text) => expect(normaliseCriterionCode(text)).toBeNull(),
  );

  it('rejects values that are not text', () => {
    expect(normaliseCriterionCode(1)).toBeNull();
    expect(normaliseCriterionCode(null)).toBeNull();
  });
});

describe('parseRatingHeader', () => {
  it.each(['A1', 'A1 self', 'A1 rating', 'NOS A1', 'A1 self rating', 'A1 (self)'])('reads %p as a self rating of A1', (h) =>
    expect(parseRatingHeader(h)).toEqual({ code: 'A1', source: 'self' }),
  );

  it.each(['A1 manager', 'A1 (mgr)', 'A1 agreed', 'A1 mgr', 'A1 - manager', 'Manager A1', 'A1 line manager rating'])(
    'reads %p as a manager rating of A1',
    (h) => expect(parseRatingHeader(h)).toEqual({ code: 'A1', source: 'manager' }),
  );

  it('accepts a code followed by the start of its title', () => {
    expect(parseRatingHeader('A4 Communicate effectively')).toEqual({ code: 'A4', source: 'self' });
    expect(parseRatingHeader('C7 - Support progression (manager)')).toEqual({ code: 'C7', source: 'manager' });
  });

  it.each(['Address 1', 'A4 Communicate badly', 'A1 target', 'Name', 'Level', 'B8 manager', 'Basic 1', 'C1 comments'])(
    'returns null for %p, which is not a rating header',
    (h) => expect(parseRatingHeader(h)).toBeNull(),
  );
});

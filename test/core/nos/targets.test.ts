import type { TargetOverride } from '../../../src/core/nos/targetOverride';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { applicableCriteria, DEFAULT_TARGETS, isSpecialist, targetsFor } from '../../../src/core/nos/targets';

describe('DEFAULT_TARGETS (SPEC 3.3)', () => {
  it('matches the level x standard table', () => {
    expect(DEFAULT_TARGETS).toEqual({
      1: { A: 2, B: 1, C: 2 },
      2: { A: 3, B: 2, C: 2 },
      3: { A: 3, B: 3, C: 3 },
      4: { A: 4, B: 3, C: 4 },
    });
  });
});

describe('isSpecialist', () => {
  it('is true with any specialism listed', () => expect(isSpecialist({ specialisms: ['autism'], jobTitle: 'LSA' })).toBe(true));
  it('is true with "specialist" in the job title, any case', () =>
    expect(isSpecialist({ specialisms: [], jobTitle: 'Dyslexia SPECIALIST support worker' })).toBe(true));
  it('is false with no specialism and a generic title', () => expect(isSpecialist({ specialisms: [], jobTitle: 'LSA' })).toBe(false));
  it('is false with no job title', () => expect(isSpecialist({ specialisms: [], jobTitle: null })).toBe(false));
  it('is false for a "non-specialist" title', () => expect(isSpecialist({ specialisms: [], jobTitle: 'Non-specialist LSA' })).toBe(false));
  it('ignores blank specialisms', () => expect(isSpecialist({ specialisms: [' '], jobTitle: null })).toBe(false));
});

describe('applicableCriteria', () => {
  it('is A and B (24) for a generalist', () => {
    const codes = applicableCriteria(false, NOS_CATALOGUE).map((c) => c.code);
    expect(codes).toHaveLength(24);
    expect(codes.some((c) => c.startsWith('C'))).toBe(false);
  });
  it('adds C (31) for a specialist', () => expect(applicableCriteria(true, NOS_CATALOGUE)).toHaveLength(31));
});

describe('targetsFor', () => {
  it('uses the defaults for the level', () => {
    const t = targetsFor(1, true, NOS_CATALOGUE, []);
    expect([t.A17, t.B7, t.C7]).toEqual([2, 1, 2]);
    expect(Object.keys(t)).toHaveLength(31);
  });

  it('has no C targets for a generalist', () => expect(targetsFor(4, false, NOS_CATALOGUE, []).C1).toBeUndefined());

  it('lets a criterion override beat a standard override, which beats the default', () => {
    const overrides: TargetOverride[] = [
      { level: 2, standard: null, criterion: 'A5', target: 1 },
      { level: 2, standard: 'A', criterion: null, target: 4 },
      { level: 3, standard: 'B', criterion: null, target: 0 }, // another level: ignored
    ];
    const t = targetsFor(2, false, NOS_CATALOGUE, overrides);
    expect([t.A5, t.A1, t.B1]).toEqual([1, 4, 2]);
  });

  it('reads criterion codes in overrides loosely ("nos a.05")', () => {
    const t = targetsFor(3, false, NOS_CATALOGUE, [{ level: 3, standard: 'A', criterion: 'nos a.05', target: 2 }]);
    expect([t.A5, t.A4]).toEqual([2, 3]);
  });

  it('lets the later of two matching overrides win', () => {
    const t = targetsFor(2, false, NOS_CATALOGUE, [
      { level: 2, standard: 'B', criterion: null, target: 1 },
      { level: 2, standard: 'B', criterion: null, target: 3 },
    ]);
    expect(t.B4).toBe(3);
  });
});

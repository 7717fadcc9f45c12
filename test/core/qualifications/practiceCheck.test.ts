import { practiceCheck } from '../../../src/core/qualifications/practiceCheck';

const hour = (area?: 'literacy' | 'language' | 'numeracy') => ({ minutes: 60, area });

describe('practiceCheck, generic (seed 001: 30 hours, assessed at least 3 times for at least 3 hours)', () => {
  it('is met with 30 hours and three 1-hour observations', () => {
    expect(practiceCheck({ hours: 30, observations: [hour(), hour(), hour()] }, 'generic')).toEqual({ met: true, problems: [] });
  });

  it('reports too few hours, too few observations and too little observed time', () => {
    // 25 hours; 2 observations of 1 hour = 2 hours observed
    const r = practiceCheck({ hours: 25, observations: [hour(), hour()] }, 'generic');
    expect(r.met).toBe(false);
    expect(r.problems).toEqual([
      '25 hours of practice; at least 30 are needed',
      '2 observations; at least 3 are needed',
      '2 hours observed in all; at least 3 hours are needed',
    ]);
  });

  it('needs 3 hours in all even with 3 observations: 3 x 50 minutes is 2.5 hours', () => {
    const r = practiceCheck({ hours: 30, observations: [{ minutes: 50 }, { minutes: 50 }, { minutes: 50 }] }, 'generic');
    expect(r.problems).toEqual(['2.5 hours observed in all; at least 3 hours are needed']);
  });
});

describe('practiceCheck, LLN (seed 001)', () => {
  const good = { hours: 40, literacyHours: 12, numeracyHours: 10, observations: [hour('literacy'), hour('numeracy'), hour('language'), hour()] };

  it('is met with 40 hours (12 literacy, 10 numeracy) and four 1-hour observations in both areas', () => {
    expect(practiceCheck(good, 'lln')).toEqual({ met: true, problems: [] });
  });

  it('needs 10 hours of numeracy', () => {
    expect(practiceCheck({ ...good, numeracyHours: 8 }, 'lln').problems).toEqual(['8 hours in numeracy; at least 10 are needed']);
  });

  it('needs each observation to be at least 45 minutes', () => {
    const r = practiceCheck({ ...good, observations: [hour('literacy'), hour('numeracy'), { minutes: 30 }, { minutes: 90 }] }, 'lln');
    // 60 + 60 + 30 + 90 = 240 minutes: the total is met, the 30-minute one is not
    expect(r.problems).toEqual(['1 observation is shorter than 45 minutes']);
  });

  it('needs one observation in literacy/language and one in numeracy', () => {
    const r = practiceCheck({ ...good, observations: [hour('literacy'), hour('language'), hour(), hour()] }, 'lln');
    expect(r.problems).toEqual(['no observation in numeracy']);
  });

  it('needs 40 hours, 4 observations and 4 hours observed', () => {
    const r = practiceCheck({ hours: 30, literacyHours: 10, numeracyHours: 10, observations: [hour('literacy'), hour('numeracy'), hour()] }, 'lln');
    expect(r.problems).toEqual([
      '30 hours of practice; at least 40 are needed',
      '3 observations; at least 4 are needed',
      '3 hours observed in all; at least 4 hours are needed',
    ]);
  });
});

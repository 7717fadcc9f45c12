import fc from 'fast-check';
import { smartAdvice, smartCheck, smartScore } from '../../../../src/core/development/smart/smartCheck';

const AUDIT = '2026-09-01';
const check = (objective: string, more: { reviewDate?: string | number; successCriteria?: string; nosLinks?: string[] } = {}) =>
  smartCheck({ objective, ...more }, AUDIT);
const met = (objective: string, more = {}) => {
  const v = check(objective, more).verdicts;
  return { S: v.specific.met, M: v.measurable.met, A: v.achievable.met, R: v.relevant.met, T: v.timeBound.met };
};

describe('smartCheck: clear examples (SPEC 3.6, seed 000)', () => {
  it('scores a good objective 5 and advises "SMART"', () => {
    const r = check('Complete the Using ICT to support learning unit by March 2027 so that I can support learners with assistive technology (A13)');
    expect(r.score).toBe(5);
    expect(r.advice).toBe('SMART');
    expect(r.verdicts.relevant.reason).toBe('Linked to NOS A13');
  });

  it('judges "Complete Using ICT to support learning unit by June 2027" SMART with an audit in September 2026', () => {
    // June 2027 is 9 months after the audit: within 18
    expect(check('Complete Using ICT to support learning unit by June 2027').score).toBe(5);
  });

  it('scores "Improve my skills" 1: vague, no measure, not tied to the role, no date', () => {
    expect(met('Improve my skills')).toEqual({ S: false, M: false, A: true, R: false, T: false });
    expect(check('Improve my skills').score).toBe(1);
    expect(check('Improve my skills').verdicts.specific.reason).toMatch(/Too vague/);
  });

  it('finds no action in "Be a better LSA"', () => {
    expect(check('Be a better LSA').verdicts.specific).toEqual({ met: false, reason: expect.stringMatching(/^No action/) });
  });

  it('does not find "Learn to play the guitar" Relevant: a hobby', () => {
    const r = check('Learn to play the guitar');
    expect(r.verdicts.relevant).toEqual({ met: false, reason: 'A personal or hobby aim ("guitar"), not tied to the role' });
    expect(r.verdicts.specific.met).toBe(true);
  });

  it('finds a hobby skill Relevant when it is used with learners', () => {
    expect(met('Learn to play the guitar to run music sessions for learners by July 2027').R).toBe(true);
  });

  it('does not find "Always support every learner perfectly" Achievable: perfection over a large scope', () => {
    const r = check('Always support every learner perfectly');
    expect(r.verdicts.achievable.met).toBe(false);
    expect(r.verdicts.achievable.reason).toMatch(/"perfectly" is an absolute aim/);
    expect(r.verdicts.achievable.reason).toMatch(/every \.\.\. learner/);
    expect(r.advice).toMatch(/Achievable: make it realistic, as "perfectly" is an absolute aim/);
  });

  it('finds "never" Achievable in a rule of conduct (SPEC 3.6 v2)', () => {
    expect(met('Never be late for my timetabled support sessions this year').A).toBe(true);
  });

  it('accepts "all" for a bounded scope and "every" for a frequency', () => {
    expect(check('Complete all 4 mandatory units of the Level 3 Certificate in Learning Support by July 2027').score).toBe(5);
    expect(met('Observe a numeracy session every week for 6 weeks').A).toBe(true);
  });

  it('does not find more than two goals Achievable', () => {
    const r = check('Attend autism training, shadow the specialist LSA, lead a session and complete the mentoring unit by December 2026');
    expect(r.verdicts.achievable).toEqual({ met: false, reason: 'Over-ambitious: it sets 4 goals (keep to 2)' });
    expect(r.score).toBe(4);
  });

  it('does not find a timeframe over 18 months Achievable, though it is Time-bound', () => {
    expect(met('Gain BSL Level 1 within 24 months to communicate with Deaf learners')).toEqual({ S: true, M: true, A: false, R: true, T: true });
  });

  it('takes a review date after the audit date and within 18 months as Time-bound', () => {
    const objective = 'Attend a two-day autism awareness course and use visual timetables with two learners';
    expect(check(objective, { reviewDate: '2027-03-31' }).score).toBe(5);
    expect(check(objective, { reviewDate: '2026-06-30' }).verdicts.timeBound).toEqual({ met: false, reason: 'Review date 2026-06-30 is not after the audit date' });
    expect(check(objective, { reviewDate: '2028-09-01' }).verdicts.timeBound.met).toBe(false);
    expect(check(objective).verdicts.timeBound).toEqual({ met: false, reason: 'No date or timeframe' });
  });

  it('does not count a date in the text that has passed', () => {
    expect(check('Complete the Equality and diversity unit by June 2025').verdicts.timeBound).toEqual({ met: false, reason: 'The date "by june 2025" has passed' });
  });

  it('takes a month without a year as its next occurrence', () => {
    expect(met("Observe two colleagues' numeracy sessions by December").T).toBe(true);
  });

  it('counts filled success criteria as Measurable', () => {
    const objective = 'Shadow the specialist dyslexia tutor by December 2026';
    expect(met(objective).M).toBe(false);
    expect(met(objective, { successCriteria: 'Uses new strategies, as seen by my mentor' }).M).toBe(true);
    expect(met(objective, { successCriteria: 'n/a' }).M).toBe(false);
  });

  it('counts the NOS link column as Relevant', () => {
    const objective = 'Read two novels by January 2027';
    expect(met(objective).R).toBe(false);
    expect(check(objective, { nosLinks: ['B5'] }).verdicts.relevant).toEqual({ met: true, reason: 'Linked to NOS B5' });
  });

  it('scores an empty objective 0', () => {
    expect(check('  ')).toMatchObject({ score: 0, advice: 'Write an objective' });
  });

  it('reads "attending training" as a measurable completion and "To ..." as an action', () => {
    expect(check('Develop my knowledge of safeguarding by attending training by December 2026').score).toBe(5);
    expect(met('To support learners with autism')).toEqual({ S: true, M: false, A: true, R: true, T: false });
  });

  it('names what is missing in plain words', () => {
    const advice = check('Improve my skills').advice;
    expect(advice).toMatch(/^Specific: say exactly what you will do/);
    expect(advice).toMatch(/Measurable: .*success criteria/);
    expect(advice).toMatch(/Relevant: link it to your role/);
    expect(advice).toMatch(/Time-bound: add a deadline or a review date within 18 months/);
    expect(advice).not.toMatch(/Achievable/);
  });
});

describe('smartScore and smartAdvice (SMARTSCORE / SMARTCHECK)', () => {
  it('accept Excel serial numbers for the review and audit dates', () => {
    // 46477 is 2027-03-31 and 46266 is 2026-09-01
    const objective = 'Attend a two-day autism awareness course and use visual timetables with two learners';
    expect(smartScore(objective, 46477, '', 46266)).toBe(5);
    expect(smartScore(objective, '2027-03-31', null, '2026-09-01')).toBe(5);
    expect(smartAdvice(objective, 46477, undefined, 46266)).toBe('SMART');
  });

  it('score low and advise for a vague objective', () => {
    expect(smartScore('Improve my skills', null, null, AUDIT)).toBe(1);
    expect(smartAdvice('Learn to play the guitar', null, null, AUDIT)).toMatch(/Relevant: link it to your role/);
  });

  it('throw on an audit date that is not a date (the caller passes one)', () => {
    expect(() => smartScore('x', null, null, 'soon')).toThrow(RangeError);
  });
});

describe('smartCheck properties', () => {
  it('score is the number of criteria met, and the advice is "SMART" exactly when all five are', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.integer({ min: 40000, max: 50000 })), fc.option(fc.string()), (objective, review, criteria) => {
        const r = smartCheck({ objective, reviewDate: review, successCriteria: criteria }, AUDIT);
        const metCount = Object.values(r.verdicts).filter((v) => v.met).length;
        expect(r.score).toBe(metCount);
        expect(r.advice === 'SMART').toBe(metCount === 5);
      }),
    );
  });
});

describe('smartCheck: the cases issue 11 found misjudged', () => {
  it.each([
    'Improve my English and maths to Level 2 by June 2027', 'Attend in-house training on record keeping by March 2027',
    'Complete confidentiality training by November 2026', 'Learn about formative assessment', 'Use open questioning with my learners',
    'Promote independence at lunchtime', "Write a reflective log using Gibbs' reflective cycle", 'Travel training for two learners with autism',
  ])('Relevant: "%s"', (objective) => expect(met(objective).R).toBe(true));

  it.each([
    ['Develop my skills further', false], ['Learn new things', false], ['Make a big difference', false], ['Be better', false],
    ['Give clearer feedback to learners on their written work', true], ['Spend one day a week with the autism team', true],
    ['Sit in on three maths lessons', true], ['Visit two specialist colleges', true],
  ])('Specific: "%s" is %s', (objective, specific) => expect(met(objective).S).toBe(specific));

  it.each([
    'Complete an NVQ, a BSL course and a first aid course by July 2027',
    'Get better at IT, do the Level 3 certificate, learn BSL and become a manager',
  ])('Achievable fails three or more goals in a list: "%s"', (objective) => expect(met(objective).A).toBe(false));

  it('Measurable: a named qualification', () => expect(met('Complete PTLLS by July 2027').M).toBe(true));

  it.each([
    'Observe two LSAs within eight weeks', 'Complete the unit by the end of the 2026/27 academic year', 'Shadow a tutor in the autumn term',
    'Complete the unit by Easter 2027', 'Complete the unit by Q1 2027',
  ])('Time-bound: "%s"', (objective) => expect(met(objective).T).toBe(true));
});

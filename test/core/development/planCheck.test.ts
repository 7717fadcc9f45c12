import type { PdpObjective } from '../../../src/core/auditInput';
import { planCheck } from '../../../src/core/development/planCheck';
import { smartCheck } from '../../../src/core/development/smart/smartCheck';

const objective = (over: Partial<PdpObjective>): PdpObjective => ({
  sheet: 'PDP', row: 2, staffId: 'S1', objective: 'Attend record keeping training by June 2027', actions: 'Book the course',
  resources: 'Half a day of release time', successCriteria: 'Records checked by the manager', reviewDate: '2027-06-30', nosLinks: [], ...over,
});

describe('planCheck (SPEC 3.6 v2, the plan around the objective)', () => {
  it('says Yes when actions, resources, success criteria and a review date are all there, else names what is missing', () => {
    expect(planCheck(objective({}), []).complete).toBe('Yes');
    expect(planCheck(objective({ actions: null, resources: '  ', reviewDate: null }), []).complete).toBe('Missing: actions, resources, review date');
    expect(planCheck(objective({ successCriteria: null }), []).complete).toBe('Missing: success criteria');
  });

  it('addresses a gap by its NOS link, a code in its text, or a distinctive word of the criterion', () => {
    // "record keeping" names A14 (KU: "Maintain accurate records ... record keeping systems")
    expect(planCheck(objective({}), ['A9', 'A14'])).toMatchObject({ addressesGap: true, addresses: ['A14'] });
    expect(planCheck(objective({ objective: 'Complete the unit for B1 by May 2027' }), ['B1'])).toMatchObject({ addressesGap: true, addresses: ['B1'] });
    expect(planCheck(objective({ objective: 'Learn BSL', nosLinks: ['A4'] }), ['A4', 'A9'])).toMatchObject({ addressesGap: true, addresses: ['A4'] });
    // "questioning and feedback" is B5's subject
    expect(planCheck(objective({ objective: 'Give clearer feedback after questioning in maths sessions' }), ['B5']).addressesGap).toBe(true);
  });

  it('does not count common words: "improve my skills and learn new things" addresses no gap', () => {
    expect(planCheck(objective({ objective: 'Improve my skills and learn new things to support learners better' }), ['A4', 'A14', 'B1'])).toMatchObject({ addressesGap: false, addresses: [] });
  });

  it('is blank (null) for a person with no priority gaps', () => {
    expect(planCheck(objective({}), []).addressesGap).toBeNull();
  });

  it('reads objectives through the same NOS vocabulary as the SMART check: "reflective" meets A17\'s "reflect"', () => {
    // Before one vocabulary, "reflective" never matched "reflect", so this objective missed an A17 gap.
    const o = objective({ objective: 'Keep a reflective log after each session with a mentor by March 2027' });
    expect(planCheck(o, ['A17'])).toMatchObject({ addressesGap: true, addresses: ['A17'] });
    expect(smartCheck({ objective: o.objective, reviewDate: null, successCriteria: '' }, '2026-09-01').verdicts.relevant.met).toBe(true);
  });
});

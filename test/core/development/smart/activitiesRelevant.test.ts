import { smartCheck } from '../../../../src/core/development/smart/smartCheck';
import { CRITERION_ACTIVITIES } from '../../../../src/core/training/criterionActivity';

// Issue 11: the tool's own suggested activities for A13 and A14 failed its own Relevant check.
describe('the suggested activities pass the SMART Relevant check', () => {
  it.each(CRITERION_ACTIVITIES.map((a) => [a.code, a.activity]))('%s: %s', (_code, activity) => {
    const r = smartCheck({ objective: activity }, '2026-09-01');
    expect(r.verdicts.relevant).toMatchObject({ met: true });
  });

  it('includes A13 (confidentiality) and A14 (record keeping)', () => {
    expect(CRITERION_ACTIVITIES.map((a) => a.code)).toEqual(expect.arrayContaining(['A13', 'A14']));
  });
});

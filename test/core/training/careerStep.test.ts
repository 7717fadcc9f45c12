import { careerStep } from '../../../src/core/training/careerStep';
import type { Aspiration } from '../../../src/core/staffMember';

describe('careerStep', () => {
  // Career pathways 2011's pathways, each with the step transcribed from it.
  test.each([
    ['responsibility', 'Career: take on more responsibility within the LSA role', /senior LSA route/],
    ['senior', 'Career: prepare for a senior LSA role', /Preparing for the mentoring role/],
    ['representative', 'Career: prepare for an LSA representative role', /Union Learning Representative/],
    ['specialist', 'Career: develop a specialism', /Specialist training in autism/],
    ['supportTutor', 'Career: progress to a support tutor role', /Level 3 Award in Education and Training \(formerly PTLLS\), then the Level 4 Certificate/],
    ['specialistTutor', 'Career: progress to a specialist support tutor role', /qualification in autism and a teaching qualification/],
    ['coordinator', 'Career: prepare for a learning support co-ordinator role', /Shadow the learning support co-ordinator/],
    ['management', 'Career: prepare for LSA management', /First Line Management/],
    ['teaching', 'Career: progress towards teaching', /Level 3 Award in Education and Training \(formerly PTLLS\), then the Level 4 Certificate or Level 5 Diploma/],
    ['training', 'Career: progress towards training or work-based learning', /Assessing Competence in the Work Environment/],
    ['research', 'Career: progress towards research and professional development', /Masters programme/],
    ['schools', 'Career: prepare for a teaching assistant (TA or HLTA) role in schools', /NVQ 2 Supporting Teaching and Learning/],
    ['lateral', 'Career: explore a related role (learning mentor or careers adviser)', /secondment/],
    ['outside', 'Career: prepare for a role in care or health', /Health and Social Care/],
  ] as [Aspiration, string, RegExp][])('%s: %s, citing Career pathways 2011', (aspiration, need, activity) => {
    const step = careerStep(aspiration, 2, ['autism'])!;
    expect(step.need).toBe(need);
    expect(step.activity).toMatch(activity);
    expect(step.activity).toMatch(/\(Career pathways 2011\)$/);
    expect(step.activity).not.toMatch(/seed/i);
    expect(step.hours).toBeGreaterThan(0);
  });

  // SPEC 3.7 (v2) honest hours: a unit or award is 5 guided and 10 learning hours a credit; estimates are both the same.
  test.each([
    ['teaching', 30, 60], // PTLLS, a 6-credit award
    ['supportTutor', 30, 60],
    ['training', 30, 60],
    ['senior', 15, 30], // the 3-credit unit Preparing for the mentoring role
    ['responsibility', 15, 30],
    ['specialist', 15, 15], // an estimate
    ['management', 30, 30],
  ] as [Aspiration, number, number][])('%s: %i guided hours and %i learning hours', (aspiration, hours, learningHours) => {
    const step = careerStep(aspiration, 2, ['autism'])!;
    expect([step.hours, step.learningHours]).toEqual([hours, learningHours]);
  });

  it('sends a level 4 LSA aiming senior or at more responsibility towards management', () => {
    expect(careerStep('senior', 4, [])!.need).toBe('Career: prepare for LSA management');
    expect(careerStep('responsibility', 4, [])!.need).toBe('Career: prepare for LSA management');
  });

  it('has no step for a plain stay, other or no aspiration', () => {
    expect(careerStep('stay', 2, [])).toBeNull();
    expect(careerStep('other', 2, [])).toBeNull();
    expect(careerStep(null, 2, [])).toBeNull();
  });
});

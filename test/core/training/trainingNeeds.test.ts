import { complianceStatus } from '../../../src/core/compliance/complianceStatus';
import { defaultSettings } from '../../../src/core/settings';
import type { Gap } from '../../../src/core/nos/skillsProfile';
import { trainingNeeds, type TrainingNeedsArgs } from '../../../src/core/training/trainingNeeds';
import { certificate, makeMember, makeQualifications, makeSkills } from '../_fixtures/auditFixtures';

const settings = defaultSettings('2025-03-31');
const allCurrent = { safeguarding: { date: '2024-09-01' } };

function args(over: Partial<TrainingNeedsArgs> = {}): TrainingNeedsArgs {
  const member = over.member ?? makeMember({ compliance: allCurrent });
  return {
    member,
    skills: makeSkills(),
    qualifications: makeQualifications({ highestLevel: 3 }),
    compliance: complianceStatus(member, settings, ['safeguarding']),
    cpdHoursLast12Months: 20,
    reviewedInLast12Months: true,
    settings,
    isLlnSpecialist: false,
    ...over,
  };
}

const gap = (code: string, target: number, rating: 0 | 1 | 2 | 3 | 4): Gap => ({
  code, standard: code[0] as 'A', number: Number(code.slice(1)), target, rating, gap: target - rating,
  priority: target - rating >= 2 ? 'High' : 'Medium',
});

describe('trainingNeeds', () => {
  it('raises no need for someone who meets everything', () => {
    expect(trainingNeeds(args())).toEqual([]);
  });

  it('raises High compliance needs for low coverage, no review, no induction and expired or missing courses', () => {
    const member = makeMember({ induction: null, compliance: { safeguarding: { date: '2022-05-01' } } });
    const needs = trainingNeeds(args({
      member, skills: makeSkills({ coverage: 45.16 }), reviewedInLast12Months: false,
      compliance: complianceStatus(member, settings, ['safeguarding', 'firstAid']),
    }));
    expect(needs.map((n) => [n.category, n.need, n.priority])).toEqual([
      ['Compliance', 'Complete the NOS self-assessment (coverage 45.2%)', 'High'],
      ['Compliance', 'Performance review (none in the last 12 months)', 'High'],
      ['Compliance', 'Induction (none recorded)', 'High'],
      ['Compliance', 'Safeguarding training (expired 2024-05-01)', 'High'],
      ['Compliance', 'First aid training (missing)', 'High'],
    ]);
  });

  it('raises a Medium need for training due within 60 days', () => {
    const member = makeMember({ compliance: { safeguarding: { date: '2023-05-15' } } }); // expires 2025-05-15
    const [need] = trainingNeeds(args({ member, compliance: complianceStatus(member, settings, ['safeguarding']) }));
    expect(need).toMatchObject({ need: 'Safeguarding training (due: expires 2025-05-15)', priority: 'Medium', hours: 3 });
  });

  it('does not report a missing induction when the table has no induction column', () => {
    const member = makeMember({ induction: null, compliance: allCurrent });
    expect(trainingNeeds(args({ member, mappedFields: ['name', 'lastReview'] }))).toEqual([]);
  });

  it('turns each priority gap into a NOS gap need with hours 3 x gap or unit credits x 10', () => {
    const needs = trainingNeeds(args({ skills: makeSkills({ priorityGaps: [gap('A3', 3, 1), gap('A7', 3, 2)] }) }));
    expect(needs).toEqual([
      expect.objectContaining({
        category: 'NOS gap', criterion: 'A3', priority: 'High', hours: 6,
        need: 'A3 effective relationships with learners (Aware, target Competent)',
      }),
      expect.objectContaining({ criterion: 'A7', priority: 'Medium', hours: 20 }), // 2-credit unit
    ]);
  });

  it('raises English and maths below Level 2: Medium, High for level 3-4 staff and LLN specialists', () => {
    const member = makeMember({ english: 'Entry 3', maths: 'Level 1', compliance: allCurrent });
    const level2 = trainingNeeds(args({ member }));
    expect(level2.map((n) => [n.need, n.criterion, n.priority, n.hours])).toEqual([
      ['English to Level 2 (now Entry 3)', 'A17', 'Medium', 60],
      ['Maths to Level 2 (now Level 1)', 'A17', 'Medium', 30],
    ]);
    const level3 = trainingNeeds(args({ member, skills: makeSkills({ level: 3 }) }));
    expect(level3.filter((n) => n.category === 'Personal skills').map((n) => n.priority)).toEqual(['High', 'High']);
  });

  it('asks level 1-2 staff for a Level 2 qualification and level 3-4 staff for Level 3, once each', () => {
    const none = makeQualifications({ highestLevel: null });
    expect(trainingNeeds(args({ qualifications: none })).map((n) => [n.need, n.hours])).toEqual([
      ['Learning-support qualification at Level 2 or above', 60],
    ]);
    const inProgress = makeQualifications({
      highestLevel: 2, l3Certificate: certificate('generic', 18, { missingMandatory: ['Approaches to learning'] }),
    });
    const needs = trainingNeeds(args({ qualifications: inProgress, skills: makeSkills({ level: 3 }) }));
    expect(needs).toEqual([expect.objectContaining({
      category: 'Qualification', priority: 'Medium', need: 'Learning-support qualification at Level 3', hours: 120,
      suggestedActivity: 'Complete the Level 3 Certificate in Learning Support (18 of 30 credits, missing Approaches to learning)',
    })]);
  });

  it('asks LLN specialists for the LLN certificate', () => {
    const needs = trainingNeeds(args({ isLlnSpecialist: true }));
    expect(needs.map((n) => [n.need, n.hours])).toEqual([['Level 3 Certificate in Learning Support (literacy, language and numeracy)', 360]]);
  });

  it('suggests the next career step from the aspiration (Low)', () => {
    const teach = makeMember({ aspiration: 'teaching', compliance: allCurrent });
    expect(trainingNeeds(args({ member: teach }))[0]).toMatchObject({ category: 'Career', priority: 'Low', need: 'Career: progress towards teaching' });
    const senior4 = makeMember({ aspiration: 'senior', compliance: allCurrent });
    expect(trainingNeeds(args({ member: senior4, skills: makeSkills({ level: 4 }) }))[0].need).toBe('Career: prepare for LSA management');
    expect(trainingNeeds(args({ member: makeMember({ aspiration: 'stay', compliance: allCurrent }) }))).toEqual([]);
  });

  it('raises a Low CPD need for the hours short of the target', () => {
    expect(trainingNeeds(args({ cpdHoursLast12Months: 6 }))).toEqual([expect.objectContaining({
      category: 'CPD', priority: 'Low', hours: 9, need: 'CPD to the target of 15 hours (6 in the last 12 months)',
    })]);
    expect(trainingNeeds(args({ cpdHoursLast12Months: null }))).toEqual([]);
    expect(trainingNeeds(args({ cpdHoursLast12Months: 15 }))).toEqual([]);
  });

  it('puts the barrier on every row for a non-permanent contract or unpaid training', () => {
    const member = makeMember({ contract: 'fixed-term', paidToTrain: false, aspiration: 'senior', compliance: allCurrent });
    const needs = trainingNeeds(args({ member, cpdHoursLast12Months: 0 }));
    expect(needs.map((n) => n.barrier)).toEqual([
      'Fixed-term contract; not paid to attend training', 'Fixed-term contract; not paid to attend training',
    ]);
    const unpaid = makeMember({ paidToTrain: false, compliance: allCurrent });
    expect(trainingNeeds(args({ member: unpaid, cpdHoursLast12Months: 0 }))[0].barrier).toBe('Not paid to attend training');
    expect(trainingNeeds(args({ cpdHoursLast12Months: 0 }))[0].barrier).toBeNull();
  });
});

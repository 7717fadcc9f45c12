import { complianceStatus } from '../../../src/core/compliance/complianceStatus';
import { defaultSettings } from '../../../src/core/settings';
import type { Gap } from '../../../src/core/nos/skillsProfile';
import { trainingNeeds, type TrainingNeedsArgs } from '../../../src/core/training/trainingNeeds';
import { certificate, makeMember, makeQualifications, makeSkills } from '../_fixtures/auditFixtures';

const settings = defaultSettings('2025-03-31');
const allCurrent = { safeguarding: { date: '2024-09-01' } };

// SPEC 9.2: a qualification need is Medium only for someone who wants to qualify or progress (else an offer, Low).
const qualifier = makeMember({ compliance: allCurrent, aspiration: 'qualify' });

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
      // SPEC 9.2: first aid is optional unless Settings require it; here they do, so missing is High.
      settings: { ...settings, requiredCourses: [...settings.requiredCourses, 'firstAid'] },
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

  it('turns each priority gap into a NOS gap need: 3 x gap hours, or a unit\'s 5 guided and 10 learning hours a credit', () => {
    // Gaps of two steps (SPEC 9.2: a gap of one step is a top-up, below).
    const needs = trainingNeeds(args({ skills: makeSkills({ priorityGaps: [gap('A3', 3, 1), gap('A7', 3, 1)] }) }));
    expect(needs).toEqual([
      expect.objectContaining({
        category: 'NOS gap', criterion: 'A3', priority: 'High', hours: 6, learningHours: 6,
        need: 'A3 effective relationships with learners (Aware, target Competent)',
      }),
      expect.objectContaining({ criterion: 'A7', priority: 'High', hours: 10, learningHours: 20 }), // 2-credit unit
    ]);
  });

  // Issue 11 failure 3: A9 and A10 both led to the 6-credit "Managing behaviours" unit, so one person got it twice
  // (2 x 60 hours), even when they held it.
  it('suggests a unit once for all the gaps that lead to it, with its hours once (A9, A10)', () => {
    const needs = trainingNeeds(args({ skills: makeSkills({ priorityGaps: [gap('A9', 3, 1), gap('A10', 3, 2), gap('A3', 3, 2)] }) }));
    expect(needs.map((n) => [n.criterion, n.priority, n.hours, n.learningHours, n.suggestedActivity])).toEqual([
      // one need at the first gap's place, High from A9; 6 credits: 30 guided hours, 60 learning hours, once
      ['A9, A10', 'High', 30, 60, 'QCF unit: Managing behaviours in the learning environment (6 credits, Level 3)'],
      ['A3', 'Medium', 3, 3, expect.stringContaining('Shadow')],
    ]);
    expect(needs[0].need).toBe('A9, A10 a purposeful, safe learning environment; promoting and modelling respect for others '
      + '(A9 Aware, target Competent; A10 Developing, target Competent)');
  });

  it('never suggests a unit the person holds: mentoring, shadowing or peer observation at 3 x gap, and the gap keeps its row', () => {
    const qualifications = makeQualifications({ highestLevel: 3, heldUnits: ['approaches', 'behaviours'] });
    const needs = trainingNeeds(args({ qualifications, skills: makeSkills({ priorityGaps: [gap('B1', 3, 1), gap('B6', 3, 2), gap('A9', 3, 2)] }) }));
    expect(needs.map((n) => [n.criterion, n.hours, n.learningHours])).toEqual([['B1', 6], ['B6', 3], ['A9', 3]].map(([c, h]) => [c, h, h]));
    expect(needs.every((n) => n.suggestedActivity.startsWith('Mentoring, shadowing or peer observation'))).toBe(true);
    expect(needs[0].suggestedActivity).toContain('Approaches to learning is already held');
    // Holding the LLN version of Approaches to learning is holding it too (LLUK LSP qualifications: it contextualises the unit).
    const lln = makeQualifications({ highestLevel: 3, heldUnits: ['lln-approaches'] });
    expect(trainingNeeds(args({ qualifications: lln, skills: makeSkills({ priorityGaps: [gap('B1', 3, 2)] }) }))[0].hours).toBe(3);
  });

  it('does not list a unit again under a certificate need the same person gets: the certificate names it', () => {
    // Level 3 LSA with no Level 3 qualification: the Level 3 Certificate need (150 guided, 300 learning hours) covers
    // the optional unit Managing behaviours (A9, A10) and the mandatory Approaches to learning (B1).
    // SPEC 9.2: the need is Medium (not an offer) for someone whose aspiration is to qualify.
    const needs = trainingNeeds(args({
      member: qualifier,
      qualifications: makeQualifications({ highestLevel: 2 }),
      skills: makeSkills({ level: 3, priorityGaps: [gap('A9', 3, 1), gap('B1', 3, 2), gap('A10', 3, 2)] }),
    }));
    expect(needs.map((n) => [n.category, n.criterion, n.hours, n.learningHours])).toEqual([
      ['NOS gap', 'A9', 0, 0], ['NOS gap', 'B1', 0, 0], ['NOS gap', 'A10', 0, 0], ['Qualification', null, 150, 300],
    ]);
    expect(needs[0].suggestedActivity).toBe('Covered by the Level 3 Certificate in Learning Support (unit: Managing behaviours in the learning environment): see the Qualification need');
    expect(needs[3].suggestedActivity).toBe('Start the Level 3 Certificate in Learning Support; it covers the NOS gaps in '
      + 'Managing behaviours in the learning environment (A9, A10), Approaches to learning (B1)');
    expect(needs.slice(0, 3).every((n) => n.barrier === null)).toBe(true);
  });

  it('makes the step to Advanced (4) leading, modelling or mentoring practice, not a unit', () => {
    const [need] = trainingNeeds(args({ skills: makeSkills({ level: 4, priorityGaps: [gap('A4', 4, 3)] }) }));
    expect(need).toMatchObject({ criterion: 'A4', hours: 3, learningHours: 3, need: 'A4 communicating effectively with learners: lead or model practice (Competent, target Advanced)' });
    expect(need.suggestedActivity).toMatch(/^Lead or model practice in communicating effectively with learners/);
  });

  it('never gives a Level 2 unit for a gap whose target is Advanced: mentoring towards it instead (SPEC 3.7)', () => {
    // A4 leads to Inclusive approaches to providing information (Level 2); Developing (2) to Advanced (4) is a gap of 2.
    const [need] = trainingNeeds(args({ skills: makeSkills({ level: 4, priorityGaps: [gap('A4', 4, 2)] }) }));
    expect(need).toMatchObject({ criterion: 'A4', hours: 6, learningHours: 6, need: 'A4 communicating effectively with learners: mentoring towards Advanced (Developing, target Advanced)' });
    expect(need.suggestedActivity).toMatch(/^Mentoring, shadowing or peer observation on communicating effectively with learners \(target Advanced: the unit Inclusive approaches to providing information is Level 2/);
    // The same gap with a target of Competent is still the unit, and a Level 3 unit still serves a move to Advanced.
    const [toCompetent] = trainingNeeds(args({ skills: makeSkills({ level: 2, priorityGaps: [gap('A4', 3, 1)] }) }));
    expect(toCompetent.suggestedActivity).toBe('QCF unit: Inclusive approaches to providing information (1 credit, Level 2)');
    const [levelThree] = trainingNeeds(args({ skills: makeSkills({ level: 4, priorityGaps: [gap('A5', 4, 2)] }) }));
    expect(levelThree.suggestedActivity).toBe('QCF unit: Using ICT to support learning (6 credits, Level 3)');
  });

  it('words a qualification need as an offer, Low, for someone who wants to stay in role (SPEC 3.5 v2)', () => {
    const member = makeMember({ aspiration: 'stay', compliance: allCurrent });
    const needs = trainingNeeds(args({ member, qualifications: makeQualifications({ highestLevel: null }) }));
    expect(needs).toEqual([expect.objectContaining({
      category: 'Qualification', priority: 'Low', need: 'Offer the Level 2 Award in Learning Support', hours: 30, learningHours: 60,
    })]);
    expect(needs[0].suggestedActivity).toContain('no pressure');
    const level3 = trainingNeeds(args({ member, qualifications: makeQualifications({ highestLevel: 2 }), skills: makeSkills({ level: 3 }) }));
    expect(level3.map((n) => [n.need, n.priority])).toEqual([['Offer the Level 3 Certificate in Learning Support', 'Low']]);
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
    // LLUK LSP qualifications: the Award is 6 credits and 30 guided learning hours (60 hours of study).
    expect(trainingNeeds(args({ member: qualifier, qualifications: none })).map((n) => [n.need, n.hours, n.learningHours])).toEqual([
      ['Learning-support qualification at Level 2 or above', 30, 60],
    ]);
    const inProgress = makeQualifications({
      highestLevel: 2, l3Certificate: certificate('generic', 18, { missingMandatory: ['Approaches to learning'] }),
    });
    const needs = trainingNeeds(args({ member: qualifier, qualifications: inProgress, skills: makeSkills({ level: 3 }) }));
    expect(needs).toEqual([expect.objectContaining({
      // 12 of 30 credits left: 150 x 12 / 30 = 60 guided hours, 12 x 10 = 120 learning hours
      category: 'Qualification', priority: 'Medium', need: 'Learning-support qualification at Level 3', hours: 60, learningHours: 120,
      suggestedActivity: 'Complete the Level 3 Certificate in Learning Support (18 of 30 credits, missing Approaches to learning)',
    })]);
  });

  it('asks LLN specialists for the LLN certificate', () => {
    const needs = trainingNeeds(args({ member: qualifier, isLlnSpecialist: true }));
    // LLUK LSP qualifications: 150 guided learning hours; 36 credits, 360 hours of study.
    expect(needs.map((n) => [n.need, n.hours, n.learningHours])).toEqual([['Level 3 Certificate in Learning Support (literacy, language and numeracy)', 150, 360]]);
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

  it('raises a Medium "Observation of practice" need, with no hours and no barrier, when not observed in 12 months', () => {
    const member = makeMember({ contract: 'hourly-paid', paidToTrain: false, releaseTime: false, compliance: allCurrent });
    const needs = trainingNeeds(args({ member, observedInLast12Months: false }));
    expect(needs).toEqual([expect.objectContaining({
      category: 'Compliance', need: 'Observation of practice (none in the last 12 months)', priority: 'Medium',
      suggestedActivity: 'Observe practice and agree follow-up training', hours: 0, learningHours: 0, barrier: null,
    })]);
    // not mapped (null) or observed: no need
    expect(trainingNeeds(args({ member, observedInLast12Months: null }))).toEqual([]);
    expect(trainingNeeds(args({ member, observedInLast12Months: true }))).toEqual([]);
  });

  it('adds "no release time recorded" to the barriers when release time is No, and only with its column', () => {
    const member = makeMember({ contract: 'hourly-paid', paidToTrain: false, releaseTime: false, compliance: allCurrent });
    expect(trainingNeeds(args({ member, cpdHoursLast12Months: 0 }))[0].barrier).toBe('Hourly-paid contract; not paid to attend training; no release time recorded');
    const permanent = makeMember({ releaseTime: false, compliance: allCurrent });
    expect(trainingNeeds(args({ member: permanent, cpdHoursLast12Months: 0 }))[0].barrier).toBe('No release time recorded');
    const unmapped = trainingNeeds(args({ member: permanent, cpdHoursLast12Months: 0, mappedFields: ['name', 'cpdHours', 'induction', 'paidToTrain'] }));
    expect(unmapped[0].barrier).toBeNull();
  });

  it('puts barriers only on needs that take time away to train, and a contract barrier only with a paid-to-train column', () => {
    const member = makeMember({ contract: 'hourly-paid', paidToTrain: null, lastReview: null, compliance: allCurrent });
    const needs = trainingNeeds(args({ member, reviewedInLast12Months: false, cpdHoursLast12Months: 5 }));
    // the review is scheduled at work: no barrier; the CPD shortfall (15 - 5 = 10 hours) takes time away: the barrier
    expect(needs.map((n) => [n.category, n.hours, n.barrier])).toEqual([['Compliance', 2, null], ['CPD', 10, 'Hourly-paid contract']]);
    const noColumn = trainingNeeds(args({ member, cpdHoursLast12Months: 5, mappedFields: ['name', 'contract', 'cpdHours', 'induction'] }));
    expect(noColumn.map((n) => n.barrier)).toEqual([null]);
  });
});

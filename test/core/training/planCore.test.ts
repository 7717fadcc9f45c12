import { complianceStatus } from '../../../src/core/compliance/complianceStatus';
import { defaultSettings } from '../../../src/core/settings';
import type { Gap } from '../../../src/core/nos/skillsProfile';
import type { Rating } from '../../../src/core/rating';
import { developmentBudgetHours, planDevelopment, planOrder } from '../../../src/core/training/developmentBudget';
import type { NeedRow } from '../../../src/core/training/needRow';
import { ALL_COMMITTED, namePeerSupport, OUTSIDE_EXPERTISE, type PeerSupportStaff } from '../../../src/core/training/peerSupport';
import { teamTrainingPlan } from '../../../src/core/training/teamTrainingPlan';
import type { TrainingNeed } from '../../../src/core/training/trainingNeed';
import { trainingPlan, type TrainingNeedsArgs } from '../../../src/core/training/trainingNeeds';
import { makeMember, makeQualifications, makeSkills } from '../_fixtures/auditFixtures';

const settings = defaultSettings('2026-09-01');
const allCurrent = { safeguarding: { date: '2025-09-01' } };

function args(over: Partial<TrainingNeedsArgs> = {}): TrainingNeedsArgs {
  const member = over.member ?? makeMember({ compliance: allCurrent });
  return {
    member, skills: makeSkills(), qualifications: makeQualifications({ highestLevel: 3 }),
    compliance: complianceStatus(member, settings, ['safeguarding']), cpdHoursLast12Months: 20, reviewedInLast12Months: true,
    settings, isLlnSpecialist: false, ...over,
  };
}

const gap = (code: string, target: number, rating: Rating): Gap => ({
  code, standard: code[0] as 'A', number: Number(code.slice(1)), target, rating, gap: target - rating,
  priority: target - rating >= 2 ? 'High' : 'Medium',
});

const row = (over: Partial<NeedRow>): NeedRow => ({
  category: 'NOS gap', need: 'x', criterion: null, priority: 'Medium', suggestedActivity: '', hours: 3, learningHours: 3, ...over,
});

describe('top-ups before courses (SPEC 9.2)', () => {
  it('makes a gap of one step a 3-hour top-up, not a unit', () => {
    // Before SPEC 9.2: A9 one step short was the 6-credit unit "Managing behaviours" (30 guided hours).
    const { needs } = trainingPlan(args({ skills: makeSkills({ priorityGaps: [gap('A9', 3, 2)] }) }));
    expect(needs).toEqual([expect.objectContaining({ criterion: 'A9', hours: 3, learningHours: 3, delivers: 'Top-up: a purposeful, safe learning environment' })]);
    expect(needs[0].suggestedActivity).toMatch(/^Shadowing, peer observation or mentoring on a purposeful, safe learning environment/);
  });

  it('suggests the unit for a gap of one step when the person wants to qualify or progress', () => {
    const member = makeMember({ compliance: allCurrent, aspiration: 'teaching' });
    const { needs } = trainingPlan(args({ member, skills: makeSkills({ priorityGaps: [gap('A9', 3, 2)] }) }));
    expect(needs[0]).toMatchObject({ hours: 30, accredited: true, delivers: 'QCF unit: Managing behaviours in the learning environment' });
  });

  it('works a Standard C top-up in the first specialism learners need, and C gaps of two or more are specialist training (3 x gap)', () => {
    const member = makeMember({ compliance: allCurrent, specialisms: ['BSL', 'Autism'] });
    const learners = new Map([['autism', 7]]);
    const { needs } = trainingPlan(args({ member, learnersBySpecialism: learners, skills: makeSkills({ priorityGaps: [gap('C3', 3, 1), gap('C4', 3, 2)] }) }));
    expect(needs.map((n) => [n.criterion, n.hours, n.delivers, n.learners])).toEqual([
      ['C3', 6, 'Specialist training: Autism', 7],
      ['C4', 3, 'Top-up: evaluating specialist support with colleagues in Autism', 7],
    ]);
    // No learner needs: their first specialism.
    const first = trainingPlan(args({ member, skills: makeSkills({ priorityGaps: [gap('C3', 3, 1)] }) })).needs[0];
    expect(first.delivers).toBe('Specialist training: BSL');
  });
});

describe('a budget a person can meet (SPEC 9.2)', () => {
  it('is 30 hours pro rata to FTE, at least 6', () => {
    expect(developmentBudgetHours(settings, { fte: null, hoursPerWeek: 37 })).toBe(30);
    expect(developmentBudgetHours(settings, { fte: 0.5, hoursPerWeek: null })).toBe(15);
    expect(developmentBudgetHours(settings, { fte: null, hoursPerWeek: 3 })).toBe(6);
    expect(developmentBudgetHours({ ...settings, developmentHoursAYear: 60 }, { fte: null, hoursPerWeek: 18.5 })).toBe(30);
  });

  it('orders High before Medium before Low; compliance first, then NOS gaps by gap size and learners\' need', () => {
    const cpd = row({ category: 'CPD', priority: 'High', need: 'cpd' });
    const small = row({ priority: 'High', gap: 1, need: 'small' });
    const bigFew = row({ priority: 'High', gap: 2, learners: 1, need: 'bigFew' });
    const bigMany = row({ priority: 'High', gap: 2, learners: 9, need: 'bigMany' });
    const compliance = row({ category: 'Compliance', priority: 'High', need: 'compliance' });
    const low = row({ category: 'Compliance', priority: 'Low', need: 'low' });
    expect(planOrder([low, cpd, small, bigFew, bigMany, compliance]).map((r) => r.need)).toEqual(['compliance', 'bigMany', 'bigFew', 'small', 'cpd', 'low']);
  });

  it('plans needs while they fit; the first that does not, and all after it, wait; compliance and qualifications do not count', () => {
    const rows = [
      row({ category: 'Compliance', priority: 'High', hours: 40 }),
      row({ priority: 'High', hours: 6 }),
      row({ priority: 'High', hours: 30 }), // does not fit in 30 - 6
      row({ priority: 'Medium', hours: 3 }), // would fit, but the plan follows priority
      row({ category: 'Qualification', priority: 'Medium', hours: 150 }),
    ];
    expect(planDevelopment(rows, 30)).toEqual({ budgetHours: 30, plannedHours: 6, laterHours: 183, qualificationHours: 0 });
    expect(rows.map((r) => r.plan)).toEqual(['This year', 'This year', 'Later', 'Later', 'Later']);
  });

  it('always plans the first need with hours, even alone over the budget, and a qualification that is the top priority', () => {
    const rows = [row({ priority: 'Medium', hours: 30 }), row({ category: 'Qualification', priority: 'Medium', hours: 150 })];
    expect(planDevelopment(rows, 6)).toEqual({ budgetHours: 6, plannedHours: 30, laterHours: 0, qualificationHours: 150 });
    expect(rows.map((r) => r.plan)).toEqual(['This year', 'This year']);
  });
});

function colleague(
  id: string, level: 1 | 2 | 3 | 4, ratings: Record<string, Rating>, needs: Partial<TrainingNeed>[] = [], leavingDate: string | null = null,
  specialisms: string[] = [],
): PeerSupportStaff {
  return {
    member: { id, name: id, level, leavingDate, specialisms },
    skills: { ratings, targets: Object.fromEntries(Object.keys(ratings).map((c) => [c, 3])) },
    needs: needs.map((n) => ({ staffId: id, name: id, category: 'NOS gap', need: 'n', criterion: 'A3', priority: 'High', suggestedActivity: '', hours: 3, barrier: null, learningHours: 3, ...n })),
  };
}

describe('in-house expertise, named (SPEC 9.2)', () => {
  it('names Advanced colleagues first, then those at or above the target, the higher LSA level first; never the person or an early leaver', () => {
    const staff = [
      colleague('Ann', 2, { A3: 1 }, [{}]),
      colleague('Ben', 2, { A3: 4 }),
      colleague('Cat', 3, { A3: 3 }),
      colleague('Dan', 4, { A3: 4 }, [], '2026-10-01'), // leaving within 3 months
      colleague('Eve', 4, { A3: 3 }),
    ];
    namePeerSupport(staff, '2026-09-01');
    expect(staff[0].needs[0].peerSupport).toBe('Ben (A3: Advanced); Eve (A3: Competent)');
  });

  it('spreads the load: no one named for more than 4 people on a criterion; then says who is left, or that nobody can', () => {
    const learners = ['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => colleague(id, 2, { A3: 1, C5: 1 }, [{}, { criterion: 'C5' }]));
    const staff = [...learners, colleague('Ann', 3, { A3: 4 })];
    const { outsideExpertise } = namePeerSupport(staff, '2026-09-01');
    expect(staff.map((s) => s.needs[0]?.peerSupport).slice(0, 5)).toEqual([...Array(4).fill('Ann (A3: Advanced)'), ALL_COMMITTED]);
    expect(staff[0].needs[1].peerSupport).toBe(OUTSIDE_EXPERTISE);
    expect(outsideExpertise).toEqual(['C5']);
  });

  it('counts people, not needs, towards the limit of 8 in all', () => {
    // Eight people with two gaps each on criteria only Ann is Advanced on; a ninth with one more.
    const codes = Array.from({ length: 18 }, (_, i) => `A${i + 1}`);
    const ann = colleague('Ann', 4, Object.fromEntries(codes.map((c) => [c, 4 as Rating])));
    const people = Array.from({ length: 9 }, (_, p) => colleague(`P${p}`, 2, { [codes[2 * p]]: 1, [codes[2 * p + 1]]: 1 }, [{ criterion: codes[2 * p] }, { criterion: codes[2 * p + 1] }]));
    namePeerSupport([...people, ann], '2026-09-01');
    expect(people.slice(0, 8).every((p) => p.needs.every((n) => n.peerSupport?.startsWith('Ann (')))).toBe(true);
    expect(people[8].needs.map((n) => n.peerSupport)).toEqual([ALL_COMMITTED, ALL_COMMITTED]);
  });

  it('names an in-house lead for a specialist group only among colleagues who hold that specialism', () => {
    // Vic is Advanced on C3 but works in visual impairment; Ann is Competent and works in autism: she leads the autism group.
    const sp = (id: string) => colleague(id, 2, { C3: 1 }, [{ criterion: 'C3', delivers: 'Specialist training: Autism', specialism: 'Autism', plan: 'This year' }]);
    const group = [sp('P1'), sp('P2'), sp('P3')];
    const staff = [...group, colleague('Vic', 4, { C3: 4 }, [], null, ['Visual impairment']), colleague('Ann', 3, { C3: 3 }, [], null, ['autism'])];
    const { lead } = namePeerSupport(staff, '2026-09-01');
    expect(lead(['C3'], new Set(['P1', 'P2', 'P3']), 'Autism')).toBe('Ann (C3: Competent)');
    expect(lead(['C3'], new Set(['P1', 'P2', 'P3']), 'Mental health')).toBeNull();
    // A group of mixed specialisms (or none) takes anyone rated on the criteria.
    expect(lead(['C3'], new Set(['P1', 'P2', 'P3']))).toBe('Vic (C3: Advanced)');
    const plan = teamTrainingPlan(group.flatMap((p) => p.needs), lead);
    expect(plan[0]).toMatchObject({ need: 'Specialist training: Autism (C3)', staffCount: 3, inHouseLead: 'Ann (C3: Competent)' });
  });

  it('stays near-linear: 10,000 people with one gap each are served in well under a second', () => {
    const staff = Array.from({ length: 10_000 }, (_, i) => colleague(`S${i}`, ((i % 4) + 1) as 1, { A3: (i % 5) as Rating, A9: ((i + 2) % 5) as Rating }, i % 5 < 2 ? [{}] : []));
    const t = Date.now();
    namePeerSupport(staff, '2026-09-01');
    expect(Date.now() - t).toBeLessThan(3000); // all pairs would be 10^8 comparisons
    expect(staff[0].needs[0].peerSupport).toMatch(/\(A3: Advanced\)/);
  });
});

describe('a team plan a trainer can budget (SPEC 9.2)', () => {
  const n = (staffId: string, over: Partial<TrainingNeed>): TrainingNeed => ({
    staffId, name: staffId, category: 'NOS gap', need: 'x', criterion: null, priority: 'High', suggestedActivity: '', hours: 30, barrier: null, learningHours: 60, plan: 'This year', ...over,
  });
  it('makes one group per unit whatever criteria led to it, enrolled with a provider, its hours once', () => {
    const unit = { delivers: 'QCF unit: Managing behaviours in the learning environment', accredited: true };
    const plan = teamTrainingPlan([
      n('Ann', { ...unit, criterion: 'A9', need: 'A9 a' }), n('Ben', { ...unit, criterion: 'A10', need: 'A10 b' }), n('Cat', { ...unit, criterion: 'A9, A10', need: 'A9, A10 c' }),
      n('Dan', { ...unit, criterion: 'A9', need: 'A9 a', plan: 'Later' }),
    ]);
    expect(plan).toEqual([expect.objectContaining({
      need: 'QCF unit: Managing behaviours in the learning environment (A9, A10)', staffCount: 3, totalHours: 90, deliveryHours: 30,
      delivery: 'Enrol the group (a cohort of 3) with a provider', laterCount: 1,
    })]);
  });

  it('keeps specialisms apart and puts specialist groups in order of learners\' need before size', () => {
    const sp = (id: string, area: string, learners: number) => n(id, { delivers: `Specialist training: ${area}`, criterion: 'C1', hours: 6, learners });
    const plan = teamTrainingPlan([sp('Ann', 'Autism', 2), sp('Ben', 'Autism', 2), sp('Cat', 'Autism', 2), sp('Dan', 'Mental health', 9), sp('Eve', 'Mental health', 9)]);
    expect(plan.map((p) => [p.need, p.staffCount])).toEqual([['Specialist training: Mental health (C1)', 2], ['Specialist training: Autism (C1)', 3]]);
  });
});

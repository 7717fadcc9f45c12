import fc from 'fast-check';
import { delivery } from '../../../src/core/training/needDelivery';
import { sharedNeedText } from '../../../src/core/training/sharedNeedText';
import { teamTrainingPlan } from '../../../src/core/training/teamTrainingPlan';
import type { TrainingNeed } from '../../../src/core/training/trainingNeed';

function need(staffId: string, name: string, over: Partial<TrainingNeed>): TrainingNeed {
  return {
    staffId, name, category: 'NOS gap', need: 'x', criterion: null, priority: 'Medium', suggestedActivity: '', hours: 3,
    barrier: null, ...over, learningHours: over.learningHours ?? over.hours ?? 3,
  };
}

const a3 = (id: string, name: string, hours: number) =>
  need(id, name, { criterion: 'A3', need: `A3 effective relationships with learners (Aware, target Competent)`, hours });

describe('teamTrainingPlan', () => {
  it('keeps the LLN certificate\'s full name: "(literacy, language and numeracy)" is its title, not per-person detail', () => {
    const lln = 'Level 3 Certificate in Learning Support (literacy, language and numeracy)';
    expect(sharedNeedText(lln)).toBe(lln);
    expect(sharedNeedText(`Complete the ${lln} (in progress)`)).toBe(`Complete the ${lln}`);
    const needs = [
      need('S1', 'Ann', { category: 'Qualification', need: lln, hours: 150 }),
      need('S2', 'Ben', { category: 'Qualification', need: 'Level 3 Certificate in Learning Support', hours: 150 }),
    ];
    expect(teamTrainingPlan(needs).map((s) => s.need).sort()).toEqual(['Level 3 Certificate in Learning Support', lln]);
  });

  it('does not split a group on per-person figures such as "9 of 15 hours" (SPEC 3.7 v2)', () => {
    const needs = [
      need('S1', 'Ann', { category: 'CPD', need: 'CPD to the target of 15 hours (9 of 15 hours)', hours: 6 }),
      need('S2', 'Ben', { category: 'CPD', need: 'CPD to the target of 15 hours (4 of 15 hours)', hours: 11 }),
    ];
    expect(teamTrainingPlan(needs).map((s) => [s.need, s.staffCount])).toEqual([['CPD to the target of 15 hours', 2]]);
  });

  it('suits delivery to the kind of need: line managers, a cohort with a provider, a group course (SPEC 3.7 v2)', () => {
    const review = (id: string) => need(id, id, { category: 'Compliance', need: 'Performance review (none in the last 12 months)', hours: 2, timeAway: false });
    const cert = (id: string) => need(id, id, { category: 'Qualification', need: 'Learning-support qualification at Level 3', hours: 150, timeAway: true });
    const firstAid = (id: string) => need(id, id, { category: 'Compliance', need: 'First aid training (missing)', hours: 6, timeAway: true });
    const plan = teamTrainingPlan(['S1', 'S2', 'S3', 'S4'].flatMap((id) => [review(id), cert(id), firstAid(id)]));
    // 4 reviews: each with a line manager, so the delivery time is everyone's (4 x 2); the certificate: one cohort of 4,
    // delivered once (150) for 600 staff hours; first aid: one group course (6) for 24 staff hours.
    expect(plan.map((p) => [p.need, p.delivery, p.hoursEach, p.totalHours, p.deliveryHours])).toEqual([
      ['Learning-support qualification at Level 3', 'Enrol the group (a cohort of 4) with a provider', 150, 600, 150],
      ['First aid training', 'Book a group course', 6, 24, 6],
      ['Performance review', 'Schedule with each line manager', 2, 8, 8],
    ]);
    expect(delivery(1, 'qualification')).toBe('Enrol with a provider');
  });

  it('groups shared needs, sums hours and puts the largest groups first', () => {
    const needs = [
      a3('S1', 'Ann', 6), a3('S2', 'Ben', 3), a3('S3', 'Cat', 6),
      need('S1', 'Ann', { category: 'Compliance', need: 'Safeguarding training (expired 2024-05-01)', hours: 3, timeAway: true }),
      need('S2', 'Ben', { category: 'Compliance', need: 'Safeguarding training (missing)', hours: 3, timeAway: true }),
      need('S3', 'Cat', { category: 'CPD', need: 'CPD to the target of 15 hours (6 in the last 12 months)', hours: 9 }),
    ];
    // A3: a group session, delivered once: 6 hours each (the largest), 6 + 3 + 6 = 15 staff hours, 6 delivery hours.
    // Safeguarding, two people: a compliance course below a group's size is e-learning, once per person (3 + 3).
    expect(teamTrainingPlan(needs)).toEqual([
      { need: 'A3 effective relationships with learners', category: 'NOS gap', staffCount: 3, staff: ['Ann', 'Ben', 'Cat'], totalHours: 15, hoursEach: 6, deliveryHours: 6, delivery: 'Group session (in-house or with a local network)' },
      { need: 'Safeguarding training', category: 'Compliance', staffCount: 2, staff: ['Ann', 'Ben'], totalHours: 6, hoursEach: 3, deliveryHours: 6, delivery: 'e-learning, or places on an open course' },
      { need: 'CPD to the target of 15 hours', category: 'CPD', staffCount: 1, staff: ['Cat'], totalHours: 9, hoursEach: 9, deliveryHours: 9, delivery: 'Individual mentoring, shadowing or e-learning' },
    ]);
  });

  it('keeps English and maths apart although both cite A17', () => {
    const needs = [
      need('S1', 'Ann', { category: 'Personal skills', criterion: 'A17', need: 'English to Level 2 (now Entry 3)' }),
      need('S2', 'Ben', { category: 'Personal skills', criterion: 'A17', need: 'Maths to Level 2 (now Level 1)' }),
    ];
    expect(teamTrainingPlan(needs).map((s) => s.need).sort()).toEqual(['English to Level 2', 'Maths to Level 2']);
  });

  it('gives the same plan whatever the order of the needs', () => {
    const needs = [a3('S1', 'Ann', 6), a3('S2', 'Ben', 3),
      need('S3', 'Cat', { category: 'CPD', need: 'CPD to the target of 15 hours (6 in the last 12 months)', hours: 9 }),
      need('S4', 'Dan', { category: 'Career', need: 'Career: develop a specialism', hours: 9 })];
    fc.assert(fc.property(fc.shuffledSubarray(needs, { minLength: needs.length }), (shuffled) => {
      const names = (p: ReturnType<typeof teamTrainingPlan>) => p.map((s) => [s.need, s.staffCount, s.totalHours]);
      expect(names(teamTrainingPlan(shuffled))).toEqual(names(teamTrainingPlan(needs)));
    }));
  });

  it('counts a person once per group, even when their ID comes back after other people (duplicate staff IDs)', () => {
    const texts = ['Safeguarding training (missing)', 'Safeguarding training (expired 2024-05-01)', 'Induction (none recorded)'];
    const arb = fc.array(fc.record({ id: fc.integer({ min: 1, max: 6 }), t: fc.integer({ min: 0, max: 2 }), h: fc.integer({ min: 1, max: 9 }) }), { maxLength: 40 });
    fc.assert(fc.property(arb, (rows) => {
      const needs = rows.map((r) => need(`S${r.id}`, `Name ${r.id}`, { category: 'Compliance', need: texts[r.t], hours: r.h }));
      const expected = new Map<string, { ids: Set<string>; hours: number }>();
      for (const n of needs) {
        const key = sharedNeedText(n.need);
        const g = expected.get(key) ?? { ids: new Set<string>(), hours: 0 };
        g.ids.add(n.staffId);
        g.hours += n.hours;
        expected.set(key, g);
      }
      const plan = teamTrainingPlan(needs);
      expect(plan).toHaveLength(expected.size);
      for (const s of plan) {
        const g = expected.get(s.need)!;
        expect([s.staffCount, s.totalHours, s.staff]).toEqual([g.ids.size, g.hours, [...g.ids].map((id) => `Name ${id.slice(1)}`)]);
      }
    }));
  });

  it('remembers the groups of a person whose ID comes back, and adds them to new groups after others', () => {
    const safeguarding = (id: string, name: string) => need(id, name, { category: 'Compliance', need: 'Safeguarding training (missing)', hours: 2 });
    const induction = (id: string, name: string) => need(id, name, { category: 'Compliance', need: 'Induction (none recorded)', hours: 1 });
    const plan = teamTrainingPlan([safeguarding('S1', 'Ann'), safeguarding('S2', 'Ben'), induction('S2', 'Ben'), safeguarding('S1', 'Ann'), induction('S1', 'Ann')]);
    expect(plan.map((s) => [s.need, s.staff, s.totalHours])).toEqual([
      ['Safeguarding training', ['Ann', 'Ben'], 6],
      ['Induction', ['Ben', 'Ann'], 2],
    ]);
  });
});

import type { Rating } from '../../../src/core/rating';
import { skillsProfileSheet } from '../../../src/core/sheets/skillsProfileSheet';
import type { Gap } from '../../../src/core/nos/skillsProfile';
import { makeMember, makeSkills } from '../_fixtures/auditFixtures';
import { auditOf, staffAudit } from './_staffAudit';

const gap = (code: string, g: number): Gap => ({ code, standard: 'A', number: 1, target: 4, rating: (4 - g) as Rating, gap: g, priority: g >= 2 ? 'High' : 'Medium' });

describe('skillsProfileSheet', () => {
  it('lists priority gaps, strengths and criteria to discuss as text', () => {
    const skills = makeSkills({
      specialist: true, gapByStandard: { A: 1.5, B: 0.5, C: 2 }, priorityGaps: [gap('A3', 2), gap('B1', 1), gap('A4', 2)],
      strengths: ['A1', 'B2'], readyForNextLevel: null,
      toDiscuss: [{ code: 'A2', self: 4, manager: 1 }, { code: 'B3', self: 1, manager: 3 }],
    });
    const sheet = skillsProfileSheet(auditOf([
      staffAudit({ member: makeMember({ id: 'S1', name: 'Ann' }), skills }),
      staffAudit({ member: makeMember({ id: 'S2', name: 'Bo' }), skills: makeSkills({ priorityGaps: [gap('A3', 2)] }) }),
    ]));
    expect(sheet.rows[0]).toEqual([
      'S1', 'Ann', 'LSA', 2, 'Yes', 100, 0, 1.5, 0.5, 2,
      'A3 (High, gap 2); B1 (Medium, gap 1); A4 (High, gap 2)', 'A1, B2', null, 0, 'Not recorded',
      'A2 (self 4, manager 1); B3 (self 1, manager 3)', null, null, null, null, 37,
    ]);
    expect(sheet.rows[1]).toEqual(['S2', 'Bo', 'LSA', 2, 'No', 100, 0, 0, 0, null, 'A3 (High, gap 2)', '', 'No', 0, 'Not recorded', '', null, null, null, null, 37]);
  });

  it('shows planned hours this year against the budget, a qualification beside it, and contracted hours (SPEC 9.2)', () => {
    const sheet = skillsProfileSheet(auditOf([
      staffAudit({ member: makeMember({ hoursPerWeek: 18.5 }), developmentBudget: { budgetHours: 15, plannedHours: 12, laterHours: 30, qualificationHours: 150 } }),
    ]));
    expect(sheet.headers.slice(-4)).toEqual(['Planned hours this year', 'Development budget', 'Qualification hours', 'Contracted hours a week']);
    expect(sheet.rows[0].slice(-4)).toEqual([12, 15, 150, 18.5]);
  });
});

// SPEC 9.1: credits follow the QCF; where a qualification states its size in guided learning hours or total
// qualification time instead, those are used.
import { statedSize } from '../../../src/core/qualifications/statedSize';
import { profileQualifications } from '../../../src/core/qualifications/profileQualifications';
import { makeMember } from '../_fixtures/auditFixtures';

describe('a size stated in the title', () => {
  test.each([
    ['Level 3 Award in Education and Training (12 credits)', 12],
    ['Level 3 Award in Education and Training (TQT 120)', 12],
    ['Level 3 Award in Education and Training, total qualification time 120 hours', 12],
    ['Level 3 Award in Education and Training (120 hours TQT)', 12],
    ['Deaf awareness (30 GLH)', 6],
    ['Deaf awareness, 30 guided learning hours', 6],
    ['Autism awareness (TQT 60, GLH 20)', 6],
  ])('%s: %i credits', (title, credits) => {
    expect(statedSize(title)).toBe(credits);
  });

  test('no size stated', () => {
    expect(statedSize('Introduction to Makaton signing')).toBeNull();
  });

  test('a unit outside the catalogue counts the size its title states, when no credits are recorded for it', () => {
    const p = profileQualifications(makeMember({ qcfUnits: ['Level 3 Award in Education and Training (TQT 120)', 'Deaf awareness (30 GLH)'] }), []);
    expect(p.credits).toBe(18);
    expect(p.learningHours).toBe(180);
    const recorded = profileQualifications(makeMember(), [{ staffId: 'S1', title: 'Deaf awareness (30 GLH)', credits: 3, level: 2, dateAchieved: null }]);
    expect(recorded.credits).toBe(3);
  });
});

import { activityHours, activityLearningHours, criterionActivity, CRITERION_ACTIVITIES } from '../../../src/core/training/criterionActivity';

const ALL = [
  ...Array.from({ length: 17 }, (_, i) => `A${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `C${i + 1}`),
];

describe('criterionActivity', () => {
  it('maps every one of the 31 criteria exactly once, in catalogue order', () => {
    expect(CRITERION_ACTIVITIES.map((a) => a.code)).toEqual(ALL);
  });

  it('suggests seed 001 units with their credits', () => {
    expect(criterionActivity('A7')).toMatchObject({
      kind: 'QCF unit', credits: 2,
      activity: 'QCF unit: Literacy language numeracy and ICT needs for work, education and life (2 credits, Level 2)',
    });
    expect(criterionActivity('A9').credits).toBe(6);
    expect(criterionActivity('A10').activity).toContain('Managing behaviours in the learning environment');
    expect(criterionActivity('A5').activity).toContain('Using ICT to support learning');
    expect(criterionActivity('B1').activity).toContain('Approaches to learning');
  });

  it('suggests shadowing, mentoring, peer observation or specialist training where no unit fits', () => {
    expect(criterionActivity('A3').kind).toBe('shadowing');
    expect(criterionActivity('A8').kind).toBe('mentoring');
    expect(criterionActivity('B5').kind).toBe('peer observation');
    expect(criterionActivity('C1').kind).toBe('specialist training');
  });

  it('gives a unit 5 guided hours and 10 learning hours a credit, and other activities 3 x gap for both (SPEC 3.7 v2)', () => {
    // A7: the 2-credit LLN needs unit: 2 x 5 = 10 guided, 2 x 10 = 20 learning hours. A10: a 6-credit unit, 30 and 60.
    expect(activityHours(criterionActivity('A7'), 1)).toBe(10);
    expect(activityLearningHours(criterionActivity('A7'), 1)).toBe(20);
    expect(activityHours(criterionActivity('A10'), 3)).toBe(30);
    expect(activityLearningHours(criterionActivity('A10'), 3)).toBe(60);
    expect(activityHours(criterionActivity('A3'), 2)).toBe(6);
    expect(activityLearningHours(criterionActivity('A3'), 2)).toBe(6);
    expect(activityHours(criterionActivity('C2'), 1)).toBe(3);
  });

  it('leads A9 and A10 to Managing behaviours and B1 and B6 to Approaches to learning (seed 001)', () => {
    expect(['A9', 'A10', 'B1', 'B6'].map((c) => criterionActivity(c).unitId)).toEqual(['behaviours', 'behaviours', 'approaches', 'approaches']);
  });

  it('accepts lower-case codes and falls back for unknown ones', () => {
    expect(criterionActivity('a5').code).toBe('A5');
    expect(criterionActivity('D1')).toMatchObject({ kind: 'mentoring', credits: null });
  });
});

// Issue 18 item 13, the texts of this area: "1 credit", not "1 credits"; no document number in a need's activity.
import { criterionActivity } from '../../../src/core/training/criterionActivity';
import { qualificationNeeds } from '../../../src/core/training/qualificationNeeds';
import { makeQualifications } from '../_fixtures/auditFixtures';

describe('need texts an inspector reads', () => {
  test('a 1-credit unit is "1 credit"; others are "credits"', () => {
    expect(criterionActivity('A4').activity).toBe('QCF unit: Inclusive approaches to providing information (1 credit, Level 2)');
    expect(criterionActivity('A5').activity).toBe('QCF unit: Using ICT to support learning (6 credits, Level 3)');
  });

  test('the Level 2 Award need names its document by title, not by number', () => {
    const [need] = qualificationNeeds(makeQualifications(), 2, false, false);
    expect(need.suggestedActivity).toBe('Level 2 Award in Learning Support (unit: Preparing to support learning, 6 credits), then the Level 3 Certificate (LLUK LSP qualifications)');
    expect(need.suggestedActivity).not.toMatch(/\b00\d\b/);
  });
});

import type { UnitRecord } from '../../../src/core/auditInput';
import { profileQualifications } from '../../../src/core/qualifications/profileQualifications';
import type { StaffMember } from '../../../src/core/staffMember';

function member(over: Partial<StaffMember> = {}): StaffMember {
  return {
    sheet: 'Staff', row: 2, id: 'S1', idFromRow: false, name: 'Sam Patel', jobTitle: 'LSA', level: 2, specialisms: [],
    contract: 'permanent full-time', contractText: 'Permanent', hoursPerWeek: 37, startDate: null, induction: null,
    lastReview: null, selfAssessmentDate: null, english: 'Level 2', maths: 'Level 2', ict: null, qualifications: [],
    qcfUnits: [], cpdHours: null, paidToTrain: null, mentor: null, jointTraining: null, peerNetwork: null, aspiration: null,
    aspirationText: null, selfRatings: {}, managerRatings: {}, compliance: {}, complianceExpiry: {}, fte: null, leavingDate: null, lastObservation: null, releaseTime: null, mappedCells: 0, filledCells: 0, ...over,
  };
}
const unit = (title: string, credits: number | null = null, level: number | null = null): UnitRecord => ({ staffId: 'S1', title, credits, level, dateAchieved: null });

describe('profileQualifications', () => {
  it('profiles a person with no units or qualifications', () => {
    expect(profileQualifications(member(), [])).toMatchObject({
      staffId: 'S1', credits: 0, size: 'None', learningHours: 0, creditsAtLevel2: 0, highestLevel: null, unknownUnits: [],
      l3Certificate: { state: 'Not started' }, llnCertificate: { state: 'Not started' },
    });
  });

  it('joins the Units sheet and the QCF units column, counting a unit once', () => {
    const p = profileQualifications(
      member({ qcfUnits: ['Approaches to learning', 'Using ICT to support learning'] }),
      [unit('Approaches to learning', 6, 3), unit('Preparing to support learning', 6, 2)],
    );
    // Approaches 6 + ICT 6 + Preparing (L2) 6 = 18: a Certificate; 180 hours; 6 credits at Level 2
    expect(p).toMatchObject({ credits: 18, size: 'Certificate', learningHours: 180, creditsAtLevel2: 6 });
    expect(p.l3Certificate.text).toBe('In progress: 18 of 30 credits, missing Learning support in the lifelong learning context, Learning support principles');
    // LLUK LSP qualifications: Preparing to support learning on its own is the Level 2 (or 3) Award
    expect(p.highestLevel).toBe(2);
  });

  it('uses catalogue credits over the recorded ones', () => {
    expect(profileQualifications(member(), [unit('Equality and diversity', 10, 3)]).credits).toBe(6);
  });

  it('lists unknown unit titles and still counts their recorded credits', () => {
    const p = profileQualifications(member({ qcfUnits: ['Floristry'] }), [unit('British Sign Language Level 1', 4, 1)]);
    expect(p.unknownUnits).toEqual(['British Sign Language Level 1', 'Floristry']);
    expect(p.credits).toBe(4);
  });

  it('counts an achieved certificate as a learning-support qualification at Level 3', () => {
    const p = profileQualifications(member({ qualifications: ['NVQ 2 Supporting Teaching and Learning'] }), [
      unit('Preparing to support learning', 6, 2), unit('Learning support in the lifelong learning context'), unit('Learning support principles'),
      unit('Approaches to learning'), unit('Equality and Diversity'), unit('Using ICT to support learning'),
    ]);
    expect(p.l3Certificate).toMatchObject({ state: 'Achieved', creditsCounted: 36 });
    expect(p).toMatchObject({ credits: 36, size: 'Certificate', creditsAtLevel2: 6, highestLevel: 3 });
  });

  it('keeps a higher qualification level from the qualifications column', () => {
    const p = profileQualifications(member({ qualifications: ['Foundation Degree (Learning Support)'] }), [unit('Approaches to learning')]);
    expect(p.highestLevel).toBe(5);
  });

  it('checks the LLN entry requirement against the recorded English and maths', () => {
    const lln = ['Preparing to support learning', 'Learning support in the lifelong learning context (LLN)', 'Principles of learning support (LLN)',
      'Approaches to learning (LLN)', 'Knowledge and understanding for supporting literacy and language', 'Knowledge and understanding for supporting numeracy'];
    expect(profileQualifications(member({ qcfUnits: lln }), []).llnCertificate.state).toBe('Achieved');
    expect(profileQualifications(member({ qcfUnits: lln, maths: 'Level 1' }), []).llnCertificate.text).toBe('In progress: 36 of 36 credits, missing Level 2 maths (entry requirement)');
  });
});

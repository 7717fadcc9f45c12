// Builders for hand-worked examples in the organisational audit and training-needs tests.
import type { CertificateStatus, QualificationProfile } from '../../../src/core/qualifications/qualificationProfile';
import type { SkillsProfile } from '../../../src/core/nos/skillsProfile';
import type { StaffMember } from '../../../src/core/staffMember';

export function makeMember(over: Partial<StaffMember> = {}): StaffMember {
  return {
    sheet: 'Staff', row: 2, id: 'S1', idFromRow: false, name: 'Alex Smith', jobTitle: 'LSA', level: 2,
    specialisms: [], contract: 'permanent full-time', contractText: 'Permanent', hoursPerWeek: 37,
    startDate: '2015-09-01', induction: { date: '2015-09-01' }, lastReview: { date: '2024-11-01' },
    selfAssessmentDate: null, english: 'Level 2', maths: 'Level 2', ict: 'Level 2', qualifications: [],
    qcfUnits: [], cpdHours: 20, paidToTrain: true, mentor: null, jointTraining: null, peerNetwork: null,
    aspiration: null, aspirationText: null, selfRatings: {}, managerRatings: {}, compliance: {}, complianceExpiry: {}, fte: null, leavingDate: null, lastObservation: null, releaseTime: null,
    mappedCells: 10, filledCells: 10,
    ...over,
  };
}

export function makeSkills(over: Partial<SkillsProfile> = {}): SkillsProfile {
  return {
    staffId: 'S1', level: 2, specialist: false, applicable: [], targets: {}, ratings: {}, coverage: 100,
    gapScore: 0, gapByStandard: { A: 0, B: 0, C: null }, priorityGaps: [], strengths: [],
    readyForNextLevel: false, toDiscuss: [],
    ...over,
  };
}

export function certificate(pathway: 'generic' | 'lln', creditsCounted = 0, over: Partial<CertificateStatus> = {}): CertificateStatus {
  const creditsRequired = pathway === 'generic' ? 30 : 36;
  return {
    pathway, state: creditsCounted === 0 ? 'Not started' : 'In progress', creditsCounted, creditsRequired,
    missingMandatory: [], text: '', ...over,
  };
}

export function makeQualifications(over: Partial<QualificationProfile> = {}): QualificationProfile {
  return {
    staffId: 'S1', credits: 0, size: 'None', learningHours: 0, l3Certificate: certificate('generic'),
    llnCertificate: certificate('lln'), creditsAtLevel2: 0, highestLevel: null, inProgress: [], heldUnits: [], llnShown: false, levelAssumed: [], unknownUnits: [],
    ...over,
  };
}

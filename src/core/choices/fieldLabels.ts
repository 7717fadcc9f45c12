import type { StaffField } from '../staffMember';

/** What each staff field is called in the pane and the command line, in the order of SPEC 2.1. */
export const FIELD_LABELS: Readonly<Record<StaffField, string>> = {
  staffId: 'Staff ID',
  name: 'Name',
  firstName: 'First name',
  surname: 'Surname',
  jobTitle: 'Job title',
  level: 'LSA level',
  specialisms: 'Specialisms',
  contract: 'Contract',
  hoursPerWeek: 'Hours per week',
  startDate: 'Start date',
  induction: 'Induction',
  lastReview: 'Last review',
  selfAssessmentDate: 'Self-assessment date',
  english: 'English level',
  maths: 'Maths level',
  ict: 'ICT level',
  qualifications: 'Qualifications',
  qcfUnits: 'QCF units',
  cpdHours: 'CPD hours',
  paidToTrain: 'Paid to train',
  mentor: 'Mentor',
  jointTraining: 'Joint training',
  peerNetwork: 'Peer network',
  aspiration: 'Career aspiration',
  fte: 'FTE',
  leavingDate: 'Leaving date',
  lastObservation: 'Last observation',
  releaseTime: 'Release time',
  'compliance:safeguarding': 'Safeguarding',
  'compliance:healthAndSafety': 'Health and safety',
  'compliance:firstAid': 'First aid',
  'compliance:prevent': 'Prevent',
  'compliance:equalityAndDiversity': 'Equality and diversity',
  'expiry:safeguarding': 'Safeguarding expiry',
  'expiry:healthAndSafety': 'Health and safety expiry',
  'expiry:firstAid': 'First aid expiry',
  'expiry:prevent': 'Prevent expiry',
  'expiry:equalityAndDiversity': 'Equality and diversity expiry',
};

/**
 * A mapped field's label: a staff field, or a rating column ("NOS A1 (self)", "NOS A1 (manager)").
 * @example fieldLabel('rating:A1:manager') // 'NOS A1 (manager)'
 */
export function fieldLabel(field: string): string {
  if (field in FIELD_LABELS) return FIELD_LABELS[field as StaffField];
  const [, code, source] = field.split(':');
  return code ? `NOS ${code} (${source === 'manager' ? 'manager' : 'self'})` : field;
}

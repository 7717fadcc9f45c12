import type { StaffField } from '../staffMember';

/** Header synonyms per staff-table field (SPEC 2.1); compared after normaliseHeader. */
export const FIELD_SYNONYMS: Readonly<Record<StaffField, readonly string[]>> = {
  staffId: ['Staff ID', 'ID', 'Employee ID', 'Employee number', 'Employee no', 'Payroll number', 'Payroll no', 'Payroll ID', 'Staff number', 'Staff no', 'Staff ref'],
  name: ['Name', 'Full name', 'Staff name', 'Employee', 'Employee name', 'LSA name', 'Staff member'],
  firstName: ['First name', 'Forename', 'Forenames', 'Given name', 'First names'],
  surname: ['Surname', 'Last name', 'Family name'],
  jobTitle: ['Job title', 'Role', 'Post', 'Position', 'Job role', 'Post title'],
  level: ['LSA level', 'Level', 'Band', 'LSA band', 'LSA grade'],
  specialisms: ['Specialism', 'Specialisms', 'Specialist area', 'Specialist areas', 'Expertise', 'Areas of expertise', 'Specialist skills'],
  contract: ['Contract', 'Contract type', 'Employment type', 'Employment status', 'Contract status'],
  hoursPerWeek: ['Hours', 'Hours per week', 'Weekly hours', 'Contracted hours', 'Hours a week', 'Hrs per week', 'Hours pw'],
  startDate: ['Start date', 'Date started', 'Employment start', 'Employment start date', 'Date of appointment', 'Date joined'],
  induction: ['Induction', 'Induction date', 'Induction completed', 'Date of induction'],
  lastReview: ['Last appraisal', 'Appraisal date', 'Last review', 'Performance review', 'Last appraisal date', 'Last review date', 'Appraisal'],
  selfAssessmentDate: ['Self-assessment date', 'Self assessment', 'NOS self-assessment', 'Self-assessment completed'],
  english: ['English', 'English level', 'Literacy', 'Literacy level'],
  maths: ['Maths', 'Maths level', 'Numeracy', 'Numeracy level', 'Mathematics', 'Math'],
  ict: ['ICT', 'ICT level', 'Digital', 'Digital skills', 'IT level'],
  qualifications: ['Qualifications', 'Quals', 'Qualification', 'Qualifications held'],
  qcfUnits: ['QCF units', 'Units achieved', 'QCF units achieved', 'Units'],
  cpdHours: ['CPD hours', 'Training hours', 'CPD', 'CPD hours last 12 months'],
  paidToTrain: ['Paid to attend training', 'Paid training', 'Paid to train'],
  mentor: ['Mentor', 'Buddy', 'Mentor name'],
  jointTraining: ['Joint training', 'Joint training with teachers', 'Joint training date'],
  peerNetwork: ['Peer network', 'Network', 'Peer support network'],
  aspiration: ['Career aspiration', 'Aspiration', 'Next step', 'Career goal', 'Aspirations', 'Career aspirations'],
  'compliance:safeguarding': ['Safeguarding', 'Safeguarding training', 'Safeguarding date'],
  'compliance:healthAndSafety': ['Health and safety', 'H&S', 'Health and safety training'],
  'compliance:firstAid': ['First aid', 'First aid training'],
  'compliance:prevent': ['Prevent', 'Prevent training', 'Prevent duty'],
  'compliance:equalityAndDiversity': ['Equality and diversity', 'E&D', 'EDI', 'Equality diversity and inclusion', 'Equality and diversity training'],
};

/** Synonyms too generic to count when they are only part of a longer header ("Hours of training" is not weekly hours). */
export const NO_PARTIAL_MATCH: ReadonlySet<string> = new Set([
  'ID', 'Name', 'Employee', 'Role', 'Post', 'Position', 'Level', 'Band', 'Contract', 'Hours', 'Digital', 'Quals',
  'Qualification', 'Units', 'CPD', 'Network', 'Math', 'Appraisal', 'EDI', 'E&D', 'H&S',
]);

/** Identity columns: not counted as audit cells for data completeness (O16). */
export const IDENTITY_FIELDS: ReadonlySet<StaffField> = new Set<StaffField>(['staffId', 'name', 'firstName', 'surname']);

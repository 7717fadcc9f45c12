import type { ComplianceCourse } from '../settings';
import type { StaffField } from '../staffMember';

/** Course names of the compliance columns (SPEC 2.1); an expiry column is one of these with an expiry word. */
export const COURSE_SYNONYMS: Readonly<Record<ComplianceCourse, readonly string[]>> = {
  safeguarding: ['Safeguarding', 'Safeguarding training', 'Safeguarding date'],
  healthAndSafety: ['Health and safety', 'H&S', 'Health and safety training'],
  firstAid: ['First aid', 'First aid training', 'First aid certificate'],
  prevent: ['Prevent', 'Prevent training', 'Prevent duty'],
  equalityAndDiversity: ['Equality and diversity', 'E&D', 'EDI', 'Equality diversity and inclusion', 'Equality and diversity training'],
};

/** Words that make a course column an expiry column ("First Aid Expiry", SPEC 2.1 v2), compared as header words. */
export const EXPIRY_WORDS: readonly string[] = [
  'expiry date', 'expiry', 'expires', 'expiring', 'expire', 'valid until', 'renewal due', 'renewal date', 'renewal', 'due date', 'due',
];

// The listed synonyms are the course's first name with each expiry word; matchHeader also reads any course synonym with any of them.
const EXPIRY_SYNONYMS = Object.fromEntries(
  (Object.entries(COURSE_SYNONYMS) as [ComplianceCourse, readonly string[]][]).map(([course, names]) => [
    `expiry:${course}`,
    ['expiry', 'expires', 'expiry date', 'valid until', 'renewal due', 'due'].map((w) => `${names[0]} ${w}`),
  ]),
) as unknown as Record<`expiry:${ComplianceCourse}`, readonly string[]>;

/** Header synonyms per staff-table field (SPEC 2.1); compared after normaliseHeader. */
export const FIELD_SYNONYMS: Readonly<Record<StaffField, readonly string[]>> = {
  // HR systems' own names for it too: "Person number", "Employee code".
  staffId: ['Staff ID', 'ID', 'Employee ID', 'Employee number', 'Employee no', 'Payroll number', 'Payroll no', 'Payroll ID', 'Staff number', 'Staff no', 'Staff ref',
    'Person number', 'Employee code', 'Staff code', 'Employee ref'],
  name: ['Name', 'Full name', 'Staff name', 'Employee', 'Employee name', 'LSA name', 'Staff member'],
  firstName: ['First name', 'Forename', 'Forenames', 'Given name', 'First names'],
  surname: ['Surname', 'Last name', 'Family name'],
  jobTitle: ['Job title', 'Role', 'Post', 'Position', 'Job role', 'Post title'],
  level: ['LSA level', 'Level', 'Band', 'LSA band', 'LSA grade', 'Grade'],
  specialisms: ['Specialism', 'Specialisms', 'Specialist area', 'Specialist areas', 'Expertise', 'Areas of expertise', 'Specialist skills'],
  contract: ['Contract', 'Contract type', 'Employment type', 'Employment status', 'Contract status'],
  hoursPerWeek: ['Hours', 'Hours per week', 'Weekly hours', 'Contracted hours', 'Hours a week', 'Hrs per week', 'Hours pw', 'Hours week', 'Contracted hours per week', 'Weekly contracted hours'],
  fte: ['FTE', 'Full-time equivalent', 'Full time equivalent', 'FTE contracted'],
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
  // SPEC 9.1: "End date" or "Contract end" alone is a fixed-term contract's end (contracts are renewed), not a leaving date.
  leavingDate: ['Leaving date', 'Date left', 'Leaver date', 'Left', 'Date of leaving', 'Leave date', 'Employment end date', 'Termination date'],
  lastObservation: ['Last observation', 'Observation date', 'Observed', 'Last observed', 'Observation of practice', 'Observation', 'Date observed', 'Last observation date', 'Date of last observation'],
  releaseTime: ['Release time', 'Released for training', 'Protected CPD time', 'Time for training', 'Release for training', 'Protected time'],
  aspiration: ['Career aspiration', 'Aspiration', 'Next step', 'Career goal', 'Aspirations', 'Career aspirations'],
  'compliance:safeguarding': COURSE_SYNONYMS.safeguarding,
  'compliance:healthAndSafety': COURSE_SYNONYMS.healthAndSafety,
  'compliance:firstAid': COURSE_SYNONYMS.firstAid,
  'compliance:prevent': COURSE_SYNONYMS.prevent,
  'compliance:equalityAndDiversity': COURSE_SYNONYMS.equalityAndDiversity,
  ...EXPIRY_SYNONYMS,
};

/** Synonyms too generic to count when they are only part of a longer header ("Hours of training" is not weekly hours). */
export const NO_PARTIAL_MATCH: ReadonlySet<string> = new Set([
  'ID', 'Name', 'Employee', 'Role', 'Post', 'Position', 'Level', 'Band', 'Contract', 'Hours', 'Digital', 'Quals',
  'Qualification', 'Units', 'CPD', 'Network', 'Math', 'Appraisal', 'EDI', 'E&D', 'H&S', 'Grade', 'FTE', 'Left',
  'Observed', 'Observation', 'End date',
]);

/** Headers that name a fixed-term contract's end (SPEC 9.1): left unused with that reason unless the user maps them. */
export const CONTRACT_END_HEADERS: readonly string[] = ['End date', 'Contract end', 'Contract end date', 'Fixed-term end date', 'Fixed term end', 'Contract ends'];

/** Identity columns: not counted as audit cells for data completeness (O16). */
export const IDENTITY_FIELDS: ReadonlySet<StaffField> = new Set<StaffField>(['staffId', 'name', 'firstName', 'surname']);

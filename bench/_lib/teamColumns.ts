// The staff table's header row: every SPEC 2.1 field, under headers a manager would use.

const range = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

export const CRITERIA = [...range('A', 17), ...range('B', 7), ...range('C', 7)];
export const MANAGER_RATED = ['A1', 'A4', 'B2', 'C1'];
export const COMPLIANCE = ['Safeguarding', 'Health and safety', 'First aid', 'Prevent', 'Equality and diversity'];

export const PROFILE_HEADERS = [
  'Staff ID', 'Name', 'Job title', 'LSA level', 'Specialisms', 'Contract', 'Hours per week', 'Start date', 'Induction',
  'Last appraisal', 'Self-assessment date', 'English', 'Maths', 'ICT', 'Qualifications', 'QCF units', 'CPD hours',
  'Paid to attend training', 'Mentor', 'Joint training', 'Peer network', 'Career aspiration',
];

export const STAFF_HEADERS = [...PROFILE_HEADERS, ...CRITERIA, ...MANAGER_RATED.map((c) => `${c} manager`), ...COMPLIANCE];

export const STAFF_SHEET = 'LSA team';
/** Title rows above the header (SPEC 2.1: normal in real sheets): a title and a blank row. */
export const TITLE_ROWS = 2;

// QCF unit titles (LLUK LSP qualifications) as staff write them: some with level / credit notes, one with the seed's OCR slip.
export const UNIT_TITLES = [
  'Preparing to support learning', 'Learning support in the lifelong learning context', 'Learning support principles',
  'Approaches to learning', 'Equality and diversity', 'Using ICT to support learning (L3)', 'Managing behaviours in the learning environment',
  'Preparing for the mentoring role', 'Providing learners with persona! care support', 'Supporting the learning of 14-19 year olds',
  'Skills check and signposting for literacy, language, numeracy and ICT', 'Supporting learners in a subject or vocational area, 6 credits',
  'Introduction to forklift safety',
];
export const UNIT_CREDITS: Record<string, number> = { 'Preparing to support learning': 6, 'Equality and diversity': 6, 'Preparing for the mentoring role': 3 };

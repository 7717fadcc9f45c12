// What each staff-table field holds, in plain words, for docs/columns.md. The synonyms come from the code
// (src/core/parse/fieldSynonyms.ts); only these descriptions are written by hand. A field added to FIELD_SYNONYMS
// without a line here makes test/docs/columnsDoc.test.ts fail, naming the field to describe.

/** Groups of the staff table, in the order docs/columns.md lists them; a field in no group goes under "Other". */
export const FIELD_GROUPS: readonly [group: string, prefixes: readonly string[]][] = [
  ['Who the person is', ['staffId', 'name', 'firstName', 'surname', 'jobTitle', 'level', 'specialisms', 'contract', 'hoursPerWeek', 'fte']],
  ['Dates and records', ['startDate', 'leavingDate', 'induction', 'lastReview', 'selfAssessmentDate', 'lastObservation', 'observation']],
  ['Personal skills, qualifications and training', ['english', 'maths', 'ict', 'qualifications', 'qcfUnits', 'cpdHours', 'paidToTrain', 'releaseTime', 'mentor', 'jointTraining', 'peerNetwork']],
  ['Career', ['aspiration']],
  ['Compliance training', ['compliance:', 'expiry:', 'complianceExpiry:']],
];

/**
 * Accepted format per field (or per field prefix ending in ":"), in plain words. Examples of what the code makes
 * of real cells are generated separately (scripts/docs/columnsDoc.ts runs the parsers).
 */
export const FIELD_FORMATS: Readonly<Record<string, string>> = {
  staffId: 'Text. When there is no ID column, or the cell is blank, "Row N" (the row number Excel shows) stands in.',
  name: 'Text (required). A row with no name is listed in Audit Issues.',
  firstName: 'Text; used with Surname when there is no Name column.',
  surname: 'Text; used with First name when there is no Name column.',
  jobTitle: 'Text. "Specialist" in the title makes the person a specialist (Standard C applies); "senior" counts for O13.',
  level: 'LSA level 1 to 4: `3`, `Level 3`, `L3`, `LSA 3`, `Band 2`, `Grade 4`; `Senior LSA` is level 4. Blank or unreadable: level 2 is used and Audit Issues says so.',
  specialisms: 'A list separated by `;` `,` `/` `|` or new lines. Each item is matched to a canonical specialism (table below); anything else is kept as written.',
  contract: 'Text, read as one of the contract types (table below); a permanent contract is full- or part-time by its text, else by hours against the full-time hours.',
  hoursPerWeek: 'A number of hours per week, 0 to 80.',
  fte: 'A number 0-1, or a percentage (`80%` or `80` is 0.8). With no hours (no column, or a blank cell), hours per week = FTE x full-time hours.',
  startDate: 'A date (formats below). "Yes" is not accepted: a start date is a fact.',
  leavingDate: 'A date, expected in the future. On or before the audit date the person is a leaver: not audited, counted for turnover, listed in Audit Issues (Info, "left on dd/mm/yyyy, not audited"). After it: a planned leaver, audited as normal.',
  induction: 'A date, or Yes/No ("Yes" is done with no date).',
  lastReview: 'A date, or Yes/No ("Yes" is done with no date and counts as in the last 12 months).',
  selfAssessmentDate: 'A date.',
  lastObservation: 'The date of the last observation of practice, or Yes/No ("Yes" is observed with no date).',
  observation: 'A date.',
  english: 'Entry 1-3, Level 1, Level 2, Level 3 or above; `GCSE C`/`GCSE 4` and above count as Level 2 (examples below).',
  maths: 'As English.',
  ict: 'As English.',
  qualifications: 'A list separated by `;`, `|` or new lines, never commas (titles contain them). Each item is judged on its own; one written as not yet achieved ("in progress", "working towards", "studying" ...) is in progress, not held.',
  qcfUnits: 'A list of QCF unit titles, separated as Qualifications. Titles are matched to the unit catalogue ignoring case, punctuation and small slips.',
  cpdHours: 'Hours of CPD in the last 12 months, 0 to 2,000. A CPD log sheet, when present, replaces this column.',
  paidToTrain: 'Yes/No (examples below).',
  releaseTime: 'Yes/No: release time for training.',
  mentor: 'A mentor\'s name (which means Yes), or Yes/No.',
  jointTraining: 'The date of the latest joint training with teachers, or Yes/No.',
  peerNetwork: 'Yes/No, or the network\'s name (which means Yes).',
  aspiration: 'Free text, read as a sentence: stay, or a pathway of Career pathways 2011 (more responsibility, senior, LSA representative, specialist, support tutor, specialist support tutor, co-ordinator, management, teaching, training, research, schools, a related role, care or health), or other (examples below).',
  'compliance:': 'The date the course was last completed, or Yes/No ("Yes" is done with no date recorded).',
  'expiry:': 'The date the training expires, expected in the future (never reported for that). The course status comes from it directly; it is never read as a completion date. Any course name with Expiry, Expires, Expiry date, Valid until, Renewal due or Due is one.',
  'complianceExpiry:': 'The date the training expires.',
};

/** The format line for a field: its own, else its prefix's ("compliance:safeguarding" -> "compliance:"). */
export function formatOf(field: string): string | undefined {
  if (FIELD_FORMATS[field] !== undefined) return FIELD_FORMATS[field];
  const colon = field.indexOf(':');
  return colon < 0 ? undefined : FIELD_FORMATS[field.slice(0, colon + 1)];
}

/** The group a field belongs to, by exact name or prefix. */
export function groupOf(field: string): string {
  for (const [group, names] of FIELD_GROUPS) {
    if (names.some((n) => (n.endsWith(':') ? field.startsWith(n) : field === n))) return group;
  }
  return 'Other';
}

/**
 * Every Audit Issue's code with its one-line meaning (issue 19: issues as data). A code is kebab-case, named for what
 * went wrong rather than for the sheet, and never renamed once shipped: tests and tools match codes, not words. One code
 * serves every place where the meaning is the same. docs/rules.md lists every code (test/docs checks the list against
 * this table); to add one, add a line here and a row there.
 */
export const AUDIT_ISSUE_CODES = {
  // Reading the workbook as a whole
  'no-staff-table': 'No sheet holds a staff table (or the sheet asked for does not): nothing audited',
  'missing-column': 'An optional sheet lacks the column it needs: the sheet is not read',
  'merged-cells': 'Merged cells in the staff table: only the first cell holds a value, the others read as blank',
  'mapping-outside-table': 'The column mapping names a column outside the staff table: ignored',
  'mapping-unknown-field': 'The column mapping names a field the audit does not know: ignored',
  // Rows
  'summary-row': 'A Total, Average ... row is not a person: not audited',
  'note-row': 'A row holding only a note under the table: not audited',
  'missing-name': 'A staff-table row with no name: not profiled',
  'leaver-not-audited': 'A leaving date on or before the audit date: not audited, counted for turnover',
  'starter-not-audited': 'A start date after the audit date: not audited yet, counted as a planned starter',
  'duplicate-staff-id': 'Two staff-table rows carry the same staff ID: both profiled',
  'shared-staff-id': 'Rows of another sheet name a staff ID two people share: credited to neither',
  'no-staff-named': 'A row of another sheet gives no staff ID or name',
  'unknown-staff': 'A row of another sheet names a staff ID or name that is not on the staff table',
  // Cells
  'excel-error': 'The cell holds an Excel error value (#N/A, #REF! ...): treated as blank',
  'unreadable-date': 'A date could not be read (use dd/mm/yyyy)',
  'date-not-yes': 'A date is needed here, and the cell says Yes',
  'future-date': 'A date of something done falls after the audit date: used, but looks wrong',
  'unreadable-rating': 'A NOS rating could not be read (use 0-4 or a label): treated as not assessed',
  'rating-label-mismatch': 'A NOS rating\'s number and label disagree: treated as not assessed',
  'unreadable-level': 'An LSA level, a unit\'s level or a required qualification level could not be read',
  'level-assumed': 'No LSA level recorded (a blank cell, or no column): level 2 used',
  'unreadable-skill-level': 'An English, maths or ICT level could not be read',
  'unreadable-number': 'A number (hours, minutes, credits, learners, a setting) could not be read or is out of range',
  'unreadable-yes-no': 'A Yes/No cell holds something else',
  'unreadable-fte': 'An FTE could not be read (use 0 to 1, or a percentage)',
  'unreadable-target': 'A NOS target could not be read (a whole number 0-4): not used',
  // Rows of the optional sheets missing what they are for
  'no-hours': 'A CPD log entry has no hours: 0 counted',
  'no-date': 'A CPD log entry or an observation has no date: not counted in the last 12 months',
  'no-entry': 'A Reflective log row has no entry: not checked',
  'no-minutes': 'An observed session has no minutes: counted as 0 minutes',
  'no-objective': 'A PDP row has no objective',
  'no-unit-title': 'A Units row has no unit title',
  'units-not-achieved': 'Units rows whose status says not achieved yet (In progress, Not started ...): not counted as held',
  'no-need': 'A Learner needs row has no need',
  'no-target-criterion': 'A Targets row names no standard or criterion',
  'no-course-named': 'The Settings\' required courses name no compliance course: the default used',
  'follow-up-without-action': 'An observation\'s follow-up is marked done but no follow-up action is recorded',
  // Decisions the audit made
  'unknown-unit': 'A unit title is not in the QCF unit catalogue',
  'unit-level-assumed': 'A unit with no level recorded: the catalogue\'s level assumed',
  'cpd-hours-differ': 'The staff table\'s CPD hours and the CPD log\'s differ: the larger used',
  'log-date-later': 'The CPD log records a compliance course later than the staff table: the log\'s date used',
} as const;

/** A stable Audit Issue code. @example const code: AuditIssueCode = 'future-date' */
export type AuditIssueCode = keyof typeof AUDIT_ISSUE_CODES;

import type { ObservationRecord } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { RawSheet } from '../cells/rawWorkbook';
import { meansNothing } from '../cells/meansNothing';
import { cellText } from './_lib/cellText';
import { cellOf, forEachDataRow, reportCell, readOptionalTable, STAFF_REF_SYNONYMS } from './_lib/optionalTable';
import { joinStaff, type StaffIndex } from './_lib/staffIndex';
import { parseDate } from '../cells/parseDate';

export const OBSERVATION_COLUMNS = {
  ...STAFF_REF_SYNONYMS,
  date: ['Date', 'Observation date', 'Date observed', 'Date of observation', 'Observed on', 'Observed'],
  observer: ['Observer', 'Observed by', 'Observer name', 'Observer(s)'],
  outcome: ['Outcome', 'Grade', 'Result', 'Judgement', 'Rating', 'Feedback', 'Overall'],
  followUp: ['Follow-up action', 'Follow up action', 'Follow-up actions', 'Follow up actions', 'Follow-up', 'Follow up', 'Action', 'Actions', 'Agreed action', 'Action agreed', 'Actions agreed', 'Development action', 'Next steps',
    'Action plan', 'Actions arising', 'Improvement action', 'Improvement actions', 'Targets set'],
  followUpDone: ['Follow-up done', 'Follow up done', 'Follow-up completed', 'Follow up completed', 'Done', 'Date done', 'Completed', 'Date completed', 'Action completed', 'Action done', 'Done on',
    'Actions completed', 'Action completed on', 'Date action completed'],
} as const;

/**
 * Reads the Observations sheet (SPEC 9.3): staff, date, observer, outcome, follow-up action, follow-up done (a date, or
 * "Yes" with none); joined to staff by ID or name. Unreadable or missing dates, done dates after the audit date and
 * shared staff IDs are reported; "n/a" or "-" as the action is no action recorded.
 * @example parseObservations(sheet, index, '2026-09-01', new Set()).records[0] // { staffId: 'S1', date: '2026-03-10', followUp: 'Shadow the speech therapist', followUpDone: null, ... }
 */
export function parseObservations(
  sheet: RawSheet, index: StaffIndex, auditDate: string,
): { records: ObservationRecord[]; issues: AuditIssue[] } {
  const records: ObservationRecord[] = [];
  const issues: AuditIssue[] = [];
  const table = readOptionalTable(sheet, OBSERVATION_COLUMNS);
  if (!table || !table.columns.date) {
    issues.push({ sheet: sheet.name, row: null, column: null, staffId: null, problem: 'Observations sheet has no Date column: sheet not read', code: 'missing-column',
      value: null, severity: 'Error' });
    return { records, issues };
  }
  const text = (v: Parameters<typeof cellText>[0]) => {
    const t = cellText(v);
    return t === null || meansNothing(t) ? null : t;
  };
  forEachDataRow(table, (cells, row) => {
    const staff = joinStaff(index, table, cells, row, issues);
    if (!staff) return;
    const date = parseDate(cellOf(table, cells, 'date'));
    let observed: string | null = null;
    if (date.kind === 'date' && date.date > auditDate) {
      reportCell(table, cells, row, staff.id, issues, 'date', 'future-date', `Observation date is after the audit date (${auditDate}): not counted`, 'Warning');
    } else if (date.kind === 'date') observed = date.date;
    else if (date.kind === 'blank') reportCell(table, cells, row, staff.id, issues, 'date', 'no-date', 'Observation has no date: not counted', 'Warning');
    else reportCell(table, cells, row, staff.id, issues, 'date', 'unreadable-date',
      'Unreadable observation date (use dd/mm/yyyy): not counted');
    const followUp = text(cellOf(table, cells, 'followUp'));
    const done = parseDate(cellOf(table, cells, 'followUpDone'));
    let followUpDone: ObservationRecord['followUpDone'] = null;
    if (done.kind === 'done') followUpDone = { date: null };
    else if (done.kind === 'date' && done.date > auditDate) {
      reportCell(table, cells, row, staff.id, issues, 'followUpDone', 'future-date', `Follow-up done date is after the audit date (${auditDate}): counted as not done`, 'Warning');
    } else if (done.kind === 'date') followUpDone = { date: done.date };
    else if (done.kind === 'invalid') reportCell(table, cells, row, staff.id, issues, 'followUpDone', 'unreadable-date',
      'Unreadable follow-up done date (use dd/mm/yyyy): counted as not done');
    if (followUpDone !== null && followUp === null) {
      reportCell(table, cells, row, staff.id, issues, 'followUpDone', 'follow-up-without-action',
        'Follow-up marked done but no follow-up action recorded', 'Warning');
    }
    records.push({
      sheet: sheet.name, row, staffId: staff.id, date: observed, observer: text(cellOf(table, cells, 'observer')),
      outcome: text(cellOf(table, cells, 'outcome')), followUp, followUpDone,
    });
  });
  return { records, issues };
}

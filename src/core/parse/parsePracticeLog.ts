import type { PracticeEntry } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { RawSheet } from '../cells/rawWorkbook';
import { cellText } from './_lib/cellText';
import { cellOf, forEachDataRow, reportCell, readOptionalTable, STAFF_REF_SYNONYMS } from './_lib/optionalTable';
import { readNumber } from './_lib/readNumber';
import { joinStaff, type StaffIndex } from './_lib/staffIndex';
import { parseDate } from '../cells/parseDate';
import { parseYesNo } from './parseYesNo';

export const PRACTICE_COLUMNS = {
  ...STAFF_REF_SYNONYMS,
  date: ['Date', 'Session date', 'Date of practice'],
  hours: ['Hours', 'Practice hours', 'Duration', 'Hrs'],
  subject: ['Subject', 'Area', 'Subject area', 'Focus'],
  observed: ['Observed', 'Observation', 'Assessed', 'Observed?'],
  minutes: ['Observation minutes', 'Minutes observed', 'Observed minutes', 'Minutes', 'Observation length'],
} as const;

/**
 * Reads the Practice log (SPEC 3.5 v2): staff, date, hours, subject, observed Yes/No, observation minutes; joined to
 * staff. Unreadable hours or minutes count 0 and are reported; an observed session with no minutes is reported.
 * @example parsePracticeLog(sheet, index, '2026-09-01').entries[0] // { staffId: 'S1', date: '2026-02-03', hours: 3, subject: 'Numeracy', observed: true, minutes: 60 }
 */
export function parsePracticeLog(sheet: RawSheet, index: StaffIndex,
  auditDate: string): { entries: PracticeEntry[]; issues: AuditIssue[] } {
  const entries: PracticeEntry[] = [];
  const issues: AuditIssue[] = [];
  const table = readOptionalTable(sheet, PRACTICE_COLUMNS);
  if (!table || !table.columns.hours) {
    issues.push({ sheet: sheet.name, row: null, column: null, staffId: null, problem: 'Practice log has no Hours column: sheet not read', code: 'missing-column', value: null, severity: 'Error' });
    return { entries, issues };
  }
  forEachDataRow(table, (cells, row) => {
    const staff = joinStaff(index, table, cells, row, issues);
    if (!staff) return;
    const hours = readNumber(cellOf(table, cells, 'hours'));
    if (hours.kind === 'invalid') reportCell(table, cells, row, staff.id, issues, 'hours', 'unreadable-number', 'Unreadable hours: 0 counted');
    const date = parseDate(cellOf(table, cells, 'date'));
    if (date.kind === 'invalid') reportCell(table, cells, row, staff.id, issues, 'date', 'unreadable-date', 'Unreadable date (use dd/mm/yyyy)');
    if (date.kind === 'date' && date.date > auditDate) reportCell(table, cells, row, staff.id, issues, 'date', 'future-date', `Date is after the audit date (${auditDate})`, 'Warning');
    const observed = parseYesNo(cellOf(table, cells, 'observed'));
    const minutes = readNumber(cellOf(table, cells, 'minutes'));
    if (minutes.kind === 'invalid') reportCell(table, cells, row, staff.id, issues, 'minutes', 'unreadable-number', 'Unreadable observation minutes: 0 counted');
    // A number of minutes means the session was observed, even with the Observed cell blank.
    const wasObserved = observed.kind === 'value' ? observed.value : minutes.kind === 'number' && minutes.value > 0;
    if (wasObserved && minutes.kind !== 'number') reportCell(table, cells, row, staff.id, issues, 'minutes', 'no-minutes', 'Observed session with no minutes: counted as 0 minutes', 'Warning');
    entries.push({
      staffId: staff.id,
      date: date.kind === 'date' ? date.date : null,
      hours: hours.kind === 'number' ? Math.max(0, hours.value) : 0,
      subject: cellText(cellOf(table, cells, 'subject')),
      observed: wasObserved,
      minutes: minutes.kind === 'number' ? Math.max(0, minutes.value) : 0,
    });
  });
  return { entries, issues };
}

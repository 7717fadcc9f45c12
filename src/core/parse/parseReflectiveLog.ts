import type { ReflectiveEntry } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { RawSheet } from '../cells/rawWorkbook';
import { meansNothing } from '../cells/meansNothing';
import { cellText } from './_lib/cellText';
import { longText } from './_lib/longText';
import { cellOf, forEachDataRow, reportCell, readOptionalTable, STAFF_REF_SYNONYMS } from './_lib/optionalTable';
import { joinStaff, type StaffIndex } from './_lib/staffIndex';
import { parseDate } from '../cells/parseDate';

export const REFLECTIVE_LOG_COLUMNS = {
  ...STAFF_REF_SYNONYMS,
  date: ['Date', 'Entry date', 'Date of entry', 'Date written', 'Date of reflection'],
  entry: ['Entry', 'Reflection', 'Reflections', 'Reflective entry', 'Reflective account', 'Reflective log', 'Log entry', 'Reflective notes', 'Notes', 'Text'],
  activity: ['CPD activity', 'Activity', 'Training', 'Course', 'Event', 'CPD', 'Linked CPD', 'Reflecting on', 'Linked activity'],
} as const;

/**
 * Reads the Reflective log (SPEC 9.3): staff, date, entry and, optionally, the CPD activity it reflects on; joined to
 * staff by ID or name. A row with no entry, an unreadable date or a shared staff ID is reported; an entry with an
 * unreadable date is still checked (the Reflection Check shows it undated).
 * @example parseReflectiveLog(sheet, index, '2026-09-01', new Set()).entries[0].entry // 'Supported J in maths...'
 */
export function parseReflectiveLog(
  sheet: RawSheet, index: StaffIndex, auditDate: string,
): { entries: ReflectiveEntry[]; issues: AuditIssue[] } {
  const entries: ReflectiveEntry[] = [];
  const issues: AuditIssue[] = [];
  const table = readOptionalTable(sheet, REFLECTIVE_LOG_COLUMNS);
  if (!table || !table.columns.entry) {
    issues.push({ sheet: sheet.name, row: null, column: null, staffId: null, problem: 'Reflective log has no Entry column: sheet not read', code: 'missing-column',
      value: null, severity: 'Error' });
    return { entries, issues };
  }
  forEachDataRow(table, (cells, row) => {
    const staff = joinStaff(index, table, cells, row, issues);
    if (!staff) return;
    const entry = longText(cellOf(table, cells, 'entry'));
    if (entry === null || meansNothing(entry)) {
      reportCell(table, cells, row, staff.id, issues, 'entry', 'no-entry', 'Reflective log row has no entry: not checked', 'Warning');
      return;
    }
    const date = parseDate(cellOf(table, cells, 'date'));
    if (date.kind === 'invalid' || date.kind === 'done' || date.kind === 'no') {
      reportCell(table, cells, row, staff.id, issues, 'date', 'unreadable-date', 'Unreadable date (use dd/mm/yyyy)');
    } else if (date.kind === 'date' && date.date > auditDate) {
      reportCell(table, cells, row, staff.id, issues, 'date', 'future-date', `Date is after the audit date (${auditDate})`, 'Warning');
    }
    const activity = cellText(cellOf(table, cells, 'activity'));
    entries.push({
      sheet: sheet.name, row, staffId: staff.id, date: date.kind === 'date' ? date.date : null, entry,
      activity: activity === null || meansNothing(activity) ? null : activity,
    });
  });
  return { entries, issues };
}

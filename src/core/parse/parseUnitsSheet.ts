import type { UnitRecord } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { RawSheet } from '../cells/rawWorkbook';
import { cellText } from './_lib/cellText';
import { cellOf, forEachDataRow, reportCell, readOptionalTable, STAFF_REF_SYNONYMS } from './_lib/optionalTable';
import { readNumber } from './_lib/readNumber';
import { joinStaff, type StaffIndex } from './_lib/staffIndex';
import { parseDate } from '../cells/parseDate';
import { parseLevel } from './parseLevel';

export const UNIT_COLUMNS = {
  ...STAFF_REF_SYNONYMS,
  title: ['Unit title', 'Unit', 'Title', 'Unit name', 'QCF unit'],
  credits: ['Credits', 'Credit value', 'Credit'],
  level: ['Level', 'Unit level', 'QCF level'],
  dateAchieved: ['Date achieved', 'Achieved', 'Date', 'Date completed', 'Achievement date', 'Completed date', 'Completion date'],
  // An e-portfolio's export lists every unit a person is registered on, with its progress.
  status: ['Status', 'Unit status', 'Progress', 'Outcome', 'Result'],
} as const;

// A status that says the unit is not achieved yet; any other status (Achieved, Completed, Signed off ...) counts as held.
const NOT_ACHIEVED = /^\s*(?:in progress|not started|started|ongoing|registered|enrolled|pending|not achieved|not yet achieved|referred|fail(?:ed)?|withdrawn|not complete|incomplete)\s*$/i;

/**
 * Reads the Units sheet (SPEC 2.2, long form of QCF units), joined to staff; unreadable credits, levels and dates are issues.
 * @example parseUnitsSheet(sheet, index, '2025-03-31').units[0] // { staffId: 'S1', title: 'Approaches to learning', credits: 6, level: 3, dateAchieved: '2024-06-01' }
 */
export function parseUnitsSheet(sheet: RawSheet, index: StaffIndex, auditDate: string): { units: UnitRecord[]; issues: AuditIssue[] } {
  const units: UnitRecord[] = [];
  const issues: AuditIssue[] = [];
  const table = readOptionalTable(sheet, UNIT_COLUMNS);
  if (!table || !table.columns.title) {
    issues.push({ sheet: sheet.name, row: null, column: null, staffId: null, problem: 'Units sheet has no Unit title column: sheet not read', code: 'missing-column', value: null, severity: 'Error' });
    return { units, issues };
  }
  const notAchieved = new Map<string, number>();
  forEachDataRow(table, (cells, row) => {
    const staff = joinStaff(index, table, cells, row, issues);
    if (!staff) return;
    const title = cellText(cellOf(table, cells, 'title'));
    if (title === null) return reportCell(table, cells, row, staff.id, issues, 'title', 'no-unit-title', 'Units row has no unit title');
    const status = cellText(cellOf(table, cells, 'status'));
    if (status !== null && NOT_ACHIEVED.test(status)) {
      notAchieved.set(status, (notAchieved.get(status) ?? 0) + 1);
      return;
    }
    const credits = readNumber(cellOf(table, cells, 'credits'));
    if (credits.kind === 'invalid') reportCell(table, cells, row, staff.id, issues, 'credits', 'unreadable-number', 'Unreadable credits');
    const level = parseLevel(cellOf(table, cells, 'level'));
    if (level.kind === 'invalid') reportCell(table, cells, row, staff.id, issues, 'level', 'unreadable-level', 'Unreadable unit level');
    const date = parseDate(cellOf(table, cells, 'dateAchieved'));
    if (date.kind === 'invalid') reportCell(table, cells, row, staff.id, issues, 'dateAchieved', 'unreadable-date', 'Unreadable date (use dd/mm/yyyy)');
    if (date.kind === 'date' && date.date > auditDate) reportCell(table, cells, row, staff.id, issues, 'dateAchieved', 'future-date', `Date is after the audit date (${auditDate})`, 'Warning');
    units.push({
      staffId: staff.id,
      title,
      credits: credits.kind === 'number' ? credits.value : null,
      level: level.kind === 'level' ? level.level : null,
      dateAchieved: date.kind === 'date' ? date.date : null,
    });
  });
  if (notAchieved.size > 0) {
    const rows = [...notAchieved.values()].reduce((a, b) => a + b, 0);
    const which = [...notAchieved.keys()].join(', ');
    issues.push({ sheet: sheet.name, row: null, column: table.columns.status?.header ?? null, staffId: null, code: 'units-not-achieved',
      problem: `${rows} Units ${rows === 1 ? 'row has a status' : 'rows have a status'} that is not achieved (${which}): not counted as held`, value: null, severity: 'Info' });
  }
  return { units, issues };
}

import type { Leaver, Starter } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import { ukDate } from '../_lib/ukDate';
import type { StaffMember } from '../staffMember';
import { parseA1Range, rangesOverlap } from './_lib/a1';
import { issueCell } from './_lib/cellText';
import type { StaffTable } from './findStaffTable';
import { readStaffRow } from './parseStaffRow';
import { staffRowContext, type StaffColumn, type StaffTableOptions } from './staffRowContext';

/** Staff and problems read from the staff table. */
export interface ParsedStaffTable {
  staff: StaffMember[];
  /** Rows whose leaving date is on or before the audit date: not audited (SPEC 2.1 v2). */
  leavers: Leaver[];
  /** Rows whose start date is after the audit date: not audited yet (SPEC 9.1). */
  starters: Starter[];
  issues: AuditIssue[];
}

/** Merged ranges overlapping the table: only the top-left cell holds the value, so the others read blank (SPEC 7). */
function mergeIssues(table: StaffTable): AuditIssue[] {
  const { sheet } = table;
  const area = {
    top: sheet.firstRow + table.headerIndex,
    bottom: sheet.firstRow + table.endIndex - 1,
    left: sheet.firstColumn + table.colStart,
    right: sheet.firstColumn + table.colEnd - 1,
  };
  const issues: AuditIssue[] = [];
  for (const ref of sheet.merges ?? []) {
    const r = parseA1Range(ref);
    if (!r || !rangesOverlap(r, area)) continue;
    const header = table.headers[r.left - sheet.firstColumn] ?? null;
    issues.push({ sheet: sheet.name, row: r.top, column: header, staffId: null, problem: `Merged cells ${ref} in the staff table: only the first cell holds a value, the others read as blank`, code: 'merged-cells', value: ref, severity: 'Warning' });
  }
  return issues;
}

/**
 * Reads every data row of the staff table: blank rows skipped, rows without a name reported, duplicate IDs reported with both rows
 * profiled.
 * @example parseStaffTable(table, columns, '2025-03-31', 37).staff.length // 2
 */
export function parseStaffTable(
  table: StaffTable, columns: StaffColumn[], auditDate: string, fullTimeHours: number, options: StaffTableOptions = {},
): ParsedStaffTable {
  const { sheet } = table;
  const ctx = staffRowContext(sheet.name, columns, auditDate, fullTimeHours, options);
  const issues = mergeIssues(table);
  const headerRow = sheet.firstRow + table.headerIndex;
  if (!ctx.byField.level) {
    issues.push({ sheet: sheet.name, row: headerRow, column: null, staffId: null, problem: 'No LSA level column: level 2 used for everyone', code: 'level-assumed', value: null, severity: 'Info' });
  }
  const staff: StaffMember[] = [];
  const leavers: Leaver[] = [];
  const starters: Starter[] = [];
  const firstRowOfId = new Map<string, number>();
  for (let i = table.headerIndex + 1; i < table.endIndex; i++) {
    const row = sheet.firstRow + i;
    const issuesBefore = issues.length;
    const member = readStaffRow(sheet.rows[i] ?? [], row, ctx, issues);
    if (!member) continue;
    const left = member.leavingDate;
    if (left !== null && left <= auditDate) {
      // SPEC 2.1 (v2): a leaver is not audited, but counted for turnover and listed, so every row is accounted for.
      const { id, name, contract, contractText, hoursPerWeek } = member;
      leavers.push({ sheet: sheet.name, row, id, name, leavingDate: left, contract, contractText, hoursPerWeek });
      const column = ctx.byField.leavingDate?.header ?? null;
      issues.push({ sheet: sheet.name, row, column, staffId: member.idFromRow ? null : id, name, problem: `left on ${ukDate(left)}, not audited`, code: 'leaver-not-audited', ...(column === null ? { value: left, valueIsDate: true } : issueCell(sheet.rows[i]?.[ctx.byField.leavingDate!.index])), severity: 'Info' });
      continue;
    }
    const starts = member.startDate;
    if (starts !== null && starts > auditDate) {
      // SPEC 9.1: a starter who has not started is not audited, like a leaver; the start date is a plan, not a slip to report.
      const column = ctx.byField.startDate?.header ?? null;
      for (let k = issues.length - 1; k >= issuesBefore; k--) if (issues[k].column === column && issues[k].code === 'future-date') issues.splice(k, 1);
      starters.push({ sheet: sheet.name, row, id: member.id, name: member.name, startDate: starts });
      issues.push({ sheet: sheet.name, row, column, staffId: member.idFromRow ? null : member.id, name: member.name, problem: `starts ${ukDate(starts)}, not audited`, code: 'starter-not-audited', ...issueCell(sheet.rows[i]?.[ctx.byField.startDate!.index]), severity: 'Info' });
      continue;
    }
    staff.push(member);
    if (member.idFromRow) continue;
    const key = member.id.toLowerCase();
    const first = firstRowOfId.get(key);
    if (first === undefined) firstRowOfId.set(key, row);
    else {
      issues.push({ sheet: sheet.name, row, column: ctx.byField.staffId?.header ?? null, staffId: member.id, name: member.name, problem: `Duplicate staff ID (also on row ${first}): both rows profiled`, code: 'duplicate-staff-id', value: member.id, severity: 'Warning' });
    }
  }
  return { staff, leavers, starters, issues };
}

import type { CpdEntry } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { AuditIssueCode } from '../auditIssueCode';
import type { ComplianceCourse } from '../settings';
import type { DoneRecord, StaffField, StaffMember } from '../staffMember';
import { lastTwelveMonthsStart } from '../lastTwelveMonths';
import { coursesRecorded } from '../compliance/complianceActivity';
import { ukDate } from '../_lib/ukDate';

interface CpdSummary {
  hours: number;
  latestJoint: string | null;
  jointUndated: boolean;
  network: boolean;
  /** The latest dated completion of each compliance course named in the log (not after the audit date). */
  courses: Partial<Record<ComplianceCourse, string>>;
}

/** The staff table's header of each mapped field, for the issues this step raises (they point at the staff table's cell). */
export type StaffHeaders = Partial<Record<StaffField, string>>;

/** The later of two records of the same thing; a dated record wins over an undated one. */
function later(a: DoneRecord | null, b: DoneRecord | null): DoneRecord | null {
  if (a === null || b === null) return a ?? b;
  if (a.date === null) return b;
  if (b.date === null) return a;
  return b.date > a.date ? b : a;
}

function summarise(entries: readonly CpdEntry[], auditDate: string): Map<string, CpdSummary> {
  const from = lastTwelveMonthsStart(auditDate);
  const byId = new Map<string, CpdSummary>();
  for (const e of entries) {
    let s = byId.get(e.staffId);
    if (!s) byId.set(e.staffId, (s = { hours: 0, latestJoint: null, jointUndated: false, network: false, courses: {} }));
    const inWindow = e.date !== null && e.date >= from && e.date <= auditDate;
    if (inWindow) s.hours += e.hours;
    if (e.type === 'joint training' && (e.date === null || e.date <= auditDate)) {
      if (e.date === null) s.jointUndated = true;
      else if (s.latestJoint === null || e.date > s.latestJoint) s.latestJoint = e.date;
    }
    if (e.type === 'network' && inWindow) s.network = true;
    // SPEC 9.1: a compliance course in the log (by type or by course name, as for O20) is a completion on its date.
    if (e.date !== null && e.date <= auditDate) {
      for (const course of coursesRecorded(e)) {
        const known = s.courses[course];
        if (known === undefined || e.date > known) s.courses[course] = e.date;
      }
    }
  }
  return byId;
}

/**
 * With a CPD log, the staff table and the log are read together (SPEC 9.1): joint training and peer networks count from
 * either; CPD hours are the larger of the table's figure and the log's sum for the last 12 months (Info when both are
 * recorded and differ); a compliance course in the log is a completion on its date, the later of table and log being used
 * (Info when the log's is later). A blank CPD hours cell with no log entries is 0 hours. Records are updated in place.
 * @example applyCpdLog(staff, [{ staffId: 'S1', date: '2025-01-10', activity: 'x', hours: 3, type: 'training' }], '2025-03-31')[0].cpdHours // 3
 */
export function applyCpdLog(
  staff: StaffMember[], entries: CpdEntry[], auditDate: string, headers: StaffHeaders = {}, issues: AuditIssue[] = [],
): StaffMember[] {
  const byId = summarise(entries, auditDate);
  return staff.map((m) => {
    const s = byId.get(m.id);
    const issue = (column: string, code: AuditIssueCode, problem: string, value: string | null, valueIsDate = false) =>
      issues.push({ sheet: m.sheet, row: m.row, column, staffId: m.idFromRow ? null : m.id, name: m.name, problem, code, value, ...(valueIsDate ? { valueIsDate } : {}), severity: 'Info' });
    const logHours = s ? Math.round(s.hours * 100) / 100 : 0;
    const table = m.cpdHours;
    if (table !== null && s && table !== logHours && headers.cpdHours) {
      issue(headers.cpdHours, 'cpd-hours-differ', `CPD hours: ${table} in the staff table, ${logHours} in the CPD log for the last 12 months: the larger (${Math.max(table, logHours)}) used`, String(table));
    }
    m.cpdHours = table === null ? logHours : Math.max(table, logHours);
    const fromLog = s?.latestJoint ? { date: s.latestJoint } : s?.jointUndated ? { date: null } : null;
    m.jointTraining = later(m.jointTraining, fromLog);
    // SPEC 3.8 O19: in a peer network when the column says Yes or the log has a network activity in the last 12 months.
    m.peerNetwork = m.peerNetwork === true || (s?.network ?? false);
    if (s) {
      for (const [course, date] of Object.entries(s.courses) as [ComplianceCourse, string][]) {
        const own = m.compliance[course];
        // A table date after the audit date is not a completion yet (SPEC 3.9 v2), so a log entry up to the audit date wins over it.
        if (own && own.date !== null && own.date <= auditDate && own.date >= date) continue;
        m.compliance = { ...m.compliance, [course]: { date } };
        const header = headers[`compliance:${course}`];
        if (header) issue(header, 'log-date-later', `The CPD log records this course on ${ukDate(date)}, later than the staff table${own?.date ? `'s ${ukDate(own.date)}` : ''}: the log's date used`, own?.date ?? (own ? (own.expired ? 'Expired' : 'Yes') : null), own?.date != null);
      }
    }
    return m;
  });
}

import { addDays, addYears } from './_lib/isoDate';
import type { ComplianceCourse, Settings } from './settings';
import type { StaffMember } from './staffMember';

/** Status of one compliance course on the audit date (SPEC 3.9). */
export type ComplianceState = 'Current' | 'Due' | 'Expired' | 'Missing';

/** One course for one person. */
export interface CourseCompliance {
  course: ComplianceCourse;
  /** "Safeguarding", "First aid", ... for sheets and need text. */
  label: string;
  status: ComplianceState;
  /** Date last completed, null when missing or done with no date. */
  completed: string | null;
  /** First day the training is no longer valid (completed + renewal period); null when unknown. */
  expires: string | null;
  /** Set when the status needs a word of caution, e.g. done with no date. */
  flag: string | null;
}

/** Compliance training of one person, courses in the fixed order of COMPLIANCE_COURSES. */
export interface ComplianceResult {
  staffId: string;
  courses: CourseCompliance[];
}

export const COMPLIANCE_COURSES: readonly ComplianceCourse[] = [
  'safeguarding', 'healthAndSafety', 'firstAid', 'prevent', 'equalityAndDiversity',
];

export const COMPLIANCE_LABELS: Record<ComplianceCourse, string> = {
  safeguarding: 'Safeguarding',
  healthAndSafety: 'Health and safety',
  firstAid: 'First aid',
  prevent: 'Prevent',
  equalityAndDiversity: 'Equality and diversity',
};

/** SPEC 3.9: "Due" = expires within 60 days of the audit date. */
export const DUE_WITHIN_DAYS = 60;

/**
 * Status of each tracked compliance course on the audit date: Current, Due (expires within 60 days), Expired, Missing.
 * Training is valid up to the day before `completed + renewal years`; on that day it is Expired.
 * A "Yes" with no date is Current but flagged (renewal cannot be checked): the manager says it was done,
 * and a High "missing" need would be wrong; the flag shows in the Skills Profile so the date gets recorded.
 * A completion date after the audit date is Current and flagged (Audit Issues reports the future date).
 * Courses whose column is not in the staff table (`tracked`) are left out rather than reported Missing for everyone.
 * @example complianceStatus(member, defaultSettings('2025-03-31')).courses[0].status // 'Current'
 */
export function complianceStatus(
  member: StaffMember,
  settings: Settings,
  tracked: readonly ComplianceCourse[] = COMPLIANCE_COURSES,
): ComplianceResult {
  const audit = settings.auditDate;
  const dueBy = dueDate(audit);
  const courses: CourseCompliance[] = [];
  for (const course of COMPLIANCE_COURSES) {
    if (!tracked.includes(course)) continue;
    const label = COMPLIANCE_LABELS[course];
    const record = member.compliance[course];
    if (!record) {
      courses.push({ course, label, status: 'Missing', completed: null, expires: null, flag: null });
      continue;
    }
    if (record.date === null) {
      courses.push({ course, label, status: 'Current', completed: null, expires: null, flag: 'no date recorded' });
      continue;
    }
    const completed = record.date;
    const expires = expiryDate(completed, settings.renewalYears[course]);
    const status: ComplianceState = completed > audit ? 'Current' : expires <= audit ? 'Expired' : expires <= dueBy ? 'Due' : 'Current';
    const flag = completed > audit ? 'dated after the audit date' : null;
    courses.push({ course, label, completed, expires, status, flag });
  }
  return { staffId: member.id, courses };
}

// Date arithmetic runs for every course of every person, on a few thousand distinct dates: each is worked out once.
let lastAudit = '';
let lastDueBy = '';
function dueDate(audit: string): string {
  if (audit !== lastAudit) [lastAudit, lastDueBy] = [audit, addDays(audit, DUE_WITHIN_DAYS)];
  return lastDueBy;
}
const EXPIRY = new Map<number, Map<string, string>>();
function expiryDate(completed: string, years: number): string {
  let byDate = EXPIRY.get(years);
  if (byDate === undefined) EXPIRY.set(years, (byDate = new Map()));
  let expires = byDate.get(completed);
  if (expires === undefined) {
    expires = addYears(completed, years);
    if (byDate.size < 50_000) byDate.set(completed, expires);
  }
  return expires;
}

/**
 * One-cell summary for the Skills Profile, courses needing attention first.
 * @example complianceSummary(result) // 'Safeguarding: Expired; First aid: Current (no date recorded)'
 */
export function complianceSummary(result: ComplianceResult): string {
  if (result.courses.length === 0) return '';
  const problems = result.courses.filter((c) => c.status !== 'Current' || c.flag !== null);
  if (problems.length === 0) return 'All current';
  return problems.map((c) => `${c.label}: ${c.status}${c.flag ? ` (${c.flag})` : ''}`).join('; ');
}

import { addDays, addYears } from '../_lib/isoDate';
import { memo, memo2 } from '../_lib/memo';
import type { ComplianceCourse, Settings } from '../settings';
import type { StaffMember } from '../staffMember';

/** Status of one compliance course on the audit date (SPEC 3.9); "No date": done, with no date to show it is current (v2). */
export type ComplianceState = 'Current' | 'Due' | 'Expired' | 'Missing' | 'No date';

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

/** The flag of a course whose date was written but could not be read (SPEC 9.1: unreadable is not missing). */
export const UNREADABLE = 'unreadable date';

/** The flag of a course recorded without a date: "Yes", or "Expired" in a compliance matrix. */
export const NO_DATE = 'no date recorded';

/** SPEC 3.9: "Due" = expires within 60 days of the audit date. */
export const DUE_WITHIN_DAYS = 60;

/**
 * Status of each tracked compliance course on the audit date: Current, Due (expires within 60 days), Expired, Missing, No date.
 * Training is valid up to the day before `completed + renewal years`; on that day it is Expired. An expiry column
 * ("First Aid Expiry") gives that day directly, whatever the completion column says (SPEC 3.9 v2).
 * A "Yes" with no date is "No date" (SPEC 3.9 v2): the manager says it was done, so a High "missing" need would be wrong,
 * but it cannot be shown to be current (O17 does not count it); the need is to record the date.
 * A completion date after the audit date counts as Missing until it is corrected (SPEC 3.9 v2; Audit Issues reports it).
 * Courses whose columns are not in the staff table (`tracked`) are left out rather than reported Missing for everyone.
 * @example complianceStatus(member, defaultSettings('2025-03-31')).courses[0].status // 'Current'
 */
export function complianceStatus(
  member: StaffMember,
  settings: Settings,
  tracked: readonly ComplianceCourse[] = COMPLIANCE_COURSES,
): ComplianceResult {
  const courses: CourseCompliance[] = [];
  for (const course of COMPLIANCE_COURSES) {
    if (!tracked.includes(course)) continue;
    const record = member.compliance[course];
    const expiry = member.complianceExpiry[course];
    const completed = !record ? undefined : record.date;
    if (record?.unreadable && expiry === undefined) {
      courses.push({ course, label: COMPLIANCE_LABELS[course], status: 'No date', completed: null, expires: null, flag: UNREADABLE });
      continue;
    }
    if (record?.expired && expiry === undefined) {
      courses.push({ course, label: COMPLIANCE_LABELS[course], status: 'Expired', completed: null, expires: null, flag: NO_DATE });
      continue;
    }
    courses.push(expiry === undefined ? sharedStatus(course, completed, settings) : fromExpiry(course, completed ?? null, expiry,
      settings));
  }
  return { staffId: member.id, courses };
}

// A course's status depends only on the course, the completion date, the audit date and the renewal period: one frozen
// CourseCompliance per combination is shared by everyone with it (a team has a few thousand distinct dates, not one
// per person). Keyed by those values, not by the settings object, so a changed setting can never return a stale status.
const SHARED = new Map<string, Map<ComplianceCourse, Map<number, Map<string | null | undefined, CourseCompliance>>>>();
let sharedCount = 0;
function sharedStatus(course: ComplianceCourse, completed: string | null | undefined, settings: Settings): CourseCompliance {
  const years = settings.renewalYears[course];
  let byCourse = SHARED.get(settings.auditDate);
  if (byCourse === undefined) SHARED.set(settings.auditDate, (byCourse = new Map()));
  let byYears = byCourse.get(course);
  if (byYears === undefined) byCourse.set(course, (byYears = new Map()));
  let byDate = byYears.get(years);
  if (byDate === undefined) byYears.set(years, (byDate = new Map()));
  let status = byDate.get(completed);
  if (status === undefined) {
    status = Object.freeze(courseStatus(course, completed, settings));
    // Bounded: start afresh rather than grow without end in a long-lived add-in.
    if (++sharedCount > 200_000) {
      SHARED.clear();
      sharedCount = 0;
    }
    byDate.set(completed, status);
  }
  return status;
}

function courseStatus(course: ComplianceCourse, completed: string | null | undefined, settings: Settings): CourseCompliance {
  const label = COMPLIANCE_LABELS[course];
  if (completed === undefined) return { course, label, status: 'Missing', completed: null, expires: null, flag: null };
  if (completed === null) return { course, label, status: 'No date', completed: null, expires: null, flag: NO_DATE };
  const audit = settings.auditDate;
  const expires = expiryDate(settings.renewalYears[course], completed);
  if (completed > audit) return { course, label, completed, expires, status: 'Missing', flag: 'dated after the audit date' };
  return { course, label, completed, expires, status: stateOn(expires, audit), flag: null };
}

/** Valid up to the day before `expires`: Expired on it, Due within 60 days of the audit date. */
function stateOn(expires: string, audit: string): ComplianceState {
  return expires <= audit ? 'Expired' : expires <= dueDate(audit) ? 'Due' : 'Current';
}

/** An expiry column gives the expiry date directly; the completion date, when there is one, is only shown (SPEC 3.9 v2). */
function fromExpiry(course: ComplianceCourse, completed: string | null, expires: string, settings: Settings): CourseCompliance {
  const shown = completed !== null && completed <= settings.auditDate ? completed : null;
  return { course, label: COMPLIANCE_LABELS[course], completed: shown, expires, status: stateOn(expires, settings.auditDate), flag: null };
}

// Date arithmetic runs for every course of every person, on a few thousand distinct dates: each is worked out once.
const dueDate = memo((audit: string): string => addDays(audit, DUE_WITHIN_DAYS));
// Renewal years first: a handful of periods, each with a few thousand completion dates.
const expiryDate = memo2((years: number, completed: string): string => addYears(completed, years), 50_000);

/**
 * One-cell summary for the Skills Profile, courses needing attention first.
 * @example complianceSummary(result) // 'Safeguarding: Expired; First aid: No date'
 */
export function complianceSummary(result: ComplianceResult): string {
  // SPEC 3.11: with no compliance column there is no verdict to give.
  if (result.courses.length === 0) return 'Not recorded';
  const problems = result.courses.filter((c) => c.status !== 'Current' || c.flag !== null);
  if (problems.length === 0) return 'All current';
  return problems.map((c) => `${c.label}: ${c.status}${c.flag && c.status !== 'No date' ? ` (${c.flag})` : ''}`).join('; ');
}

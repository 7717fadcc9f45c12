import { lastTwelveMonthsStart } from '../lastTwelveMonths';
import type { StaffMember } from '../staffMember';

/**
 * The self-assessment date when it is more than 12 months before the audit date, else null (SPEC 3.2 v2): the ratings still
 * score, but the person needs to update it and does not count as assessed for O2. No date recorded is not out of date.
 * @example outOfDateSelfAssessment({ selfAssessmentDate: '2025-01-10' }, '2026-09-01') // '2025-01-10'
 */
export function outOfDateSelfAssessment(member: Pick<StaffMember, 'selfAssessmentDate'>, auditDate: string): string | null {
  const date = member.selfAssessmentDate;
  return date !== null && date < lastTwelveMonthsStart(auditDate) ? date : null;
}

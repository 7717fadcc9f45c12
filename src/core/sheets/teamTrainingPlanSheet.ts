import type { Audit } from '../audit';
import type { OutputSheet } from './outputSheet';
import { staffList } from './_lib/staffList';

export const TEAM_PLAN_HEADERS = ['Need', 'Category', 'Staff count', 'Staff', 'Total hours', 'Delivery'];

/**
 * One row per shared need, largest groups first (SPEC 3.7).
 * @example teamTrainingPlanSheet(audit).headers[2] // 'Staff count'
 */
export function teamTrainingPlanSheet(audit: Audit): OutputSheet {
  const rows = audit.sharedNeeds.map((n) => [n.need, n.category, n.staffCount, staffList(n.staff), n.totalHours, n.delivery]);
  return { name: 'Team Training Plan', preamble: [], headers: TEAM_PLAN_HEADERS, rows, columnWidths: [48, 16, 11, 50, 11, 44] };
}

import type { Audit } from '../audit';
import type { OutputSheet } from './outputSheet';
import { staffList } from './_lib/staffList';

export const TEAM_PLAN_HEADERS = ['Need', 'Category', 'Staff count', 'Staff', 'Total hours', 'Delivery', 'Hours each', 'Staff hours', 'Delivery hours', 'Later (staff)', 'Possible in-house lead'];

/**
 * One row per group of this year's needs, largest groups first (SPEC 3.7, 9.2). Total hours and Staff hours are the same
 * figure (the release time to budget); Delivery hours is the trainer's time; Later (staff) counts the people whose need
 * waits until later; a group session names a colleague who could lead it.
 * @example teamTrainingPlanSheet(audit).headers[2] // 'Staff count'
 */
export function teamTrainingPlanSheet(audit: Audit): OutputSheet {
  const rows = audit.sharedNeeds.map((n) => [n.need, n.category, n.staffCount, staffList(n.staff), n.totalHours, n.delivery, n.hoursEach, n.totalHours, n.deliveryHours, n.laterCount ?? 0, n.inHouseLead ?? null]);
  return { name: 'Team Training Plan', preamble: [], headers: TEAM_PLAN_HEADERS, rows, columnWidths: [48, 16, 11, 50, 11, 44, 11, 11, 12, 10, 36] };
}

import type { AuditIssue } from '../../auditIssue';
import type { StaffMember } from '../../staffMember';

/**
 * Staff IDs (lower case) that two or more people on the staff table share (SPEC 9.1): a row of an optional sheet with
 * such an ID cannot be given to one person, so it is credited to neither.
 * @example sharedStaffIds([{ id: 'S1' }, { id: 's1' }, { id: 'S2' }] as StaffMember[]) // Set { 's1' }
 */
export function sharedStaffIds(staff: readonly Pick<StaffMember, 'id'>[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const s of staff) {
    const id = s.id.toLowerCase();
    if (seen.has(id)) shared.add(id);
    else seen.add(id);
  }
  return shared;
}

/**
 * True when the row's person has a shared staff ID: the row is not credited, and Audit Issues says so (Warning).
 * @example creditedToNeither(shared, 'Observations', 4, 'S1', 'Staff ID', issues) // true when S1 is shared
 */
export function creditedToNeither(
  shared: ReadonlySet<string>, sheet: string, row: number, staffId: string, column: string | null, issues: AuditIssue[],
): boolean {
  if (shared.size === 0 || !shared.has(staffId.toLowerCase())) return false;
  issues.push({
    sheet, row, column, staffId, problem: `Staff ID shared by two or more people on the staff table: this ${sheet} row is credited to neither`,
    value: staffId, severity: 'Warning',
  });
  return true;
}

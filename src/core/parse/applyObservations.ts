import type { ObservationRecord } from '../auditInput';
import type { StaffMember } from '../staffMember';

/**
 * The observation date counts from the Observations sheet and the staff table's column together (SPEC 9.1, 9.3): each
 * person's last observation is the later of the two. A dated observation on the sheet wins over a dateless "Yes" on the
 * staff table; with neither, there is none. Records are dated on or before the audit date (parseObservations).
 * The records are updated in place (parseWorkbook's own, just made).
 * @example applyObservations([ann], [{ staffId: 'S1', date: '2026-03-10', ... }])[0].lastObservation // { date: '2026-03-10' }
 */
export function applyObservations(staff: StaffMember[], records: readonly ObservationRecord[]): StaffMember[] {
  const latest = new Map<string, string>();
  for (const r of records) {
    if (r.date === null) continue;
    const known = latest.get(r.staffId);
    if (known === undefined || r.date > known) latest.set(r.staffId, r.date);
  }
  for (const m of staff) {
    const fromSheet = latest.get(m.id);
    if (fromSheet === undefined) continue;
    const fromTable = m.lastObservation?.date ?? null;
    m.lastObservation = { date: fromTable !== null && fromTable > fromSheet ? fromTable : fromSheet };
  }
  return staff;
}

import type { UnitRecord } from '../auditInput';
import type { StaffMember } from '../staffMember';
import { normaliseHeader } from './normaliseHeader';

/**
 * One list of units achieved from both places they are kept: the Units sheet (with credits, level and date) and the staff table's
 * QCF units column (title only, added unless the Units sheet has the same title for that person); each member's qcfUnits lists both.
 * The staff records are updated in place: they are the ones parseWorkbook has just made, and copying 100,000 of them cost more than the merge.
 * @example mergeUnits(staff, sheetUnits).units.length // sheet units + table-only titles
 */
export function mergeUnits(staff: StaffMember[], sheetUnits: UnitRecord[]): { staff: StaffMember[]; units: UnitRecord[] } {
  // Unit titles come from a short catalogue, so each distinct spelling is normalised once.
  const keys = new Map<string, string>();
  const keyOf = (title: string): string => {
    let k = keys.get(title);
    if (k === undefined) keys.set(title, (k = normaliseHeader(title)));
    return k;
  };
  const byStaff = new Map<string, UnitRecord[]>();
  for (const u of sheetUnits) {
    const list = byStaff.get(u.staffId);
    if (list) list.push(u);
    else byStaff.set(u.staffId, [u]);
  }
  const units: UnitRecord[] = [...sheetUnits];
  const seenStaff = new Set<string>();
  const merged = staff.map((m) => {
    const fromSheet = byStaff.get(m.id) ?? [];
    const first = !seenStaff.has(m.id);
    seenStaff.add(m.id);
    if (fromSheet.length === 0 && m.qcfUnits.length === 0) return m;
    const titles = new Set(fromSheet.map((u) => keyOf(u.title)));
    const qcfUnits = [...m.qcfUnits];
    for (const t of m.qcfUnits) {
      const key = keyOf(t);
      // A duplicate staff ID shares the Units sheet rows, so only the first row adds its table titles once.
      if (!titles.has(key) && first) units.push({ staffId: m.id, title: t, credits: null, level: null, dateAchieved: null });
      titles.add(key);
    }
    const known = new Set(qcfUnits.map(keyOf));
    for (const u of fromSheet) {
      if (known.has(keyOf(u.title))) continue;
      qcfUnits.push(u.title);
      known.add(keyOf(u.title));
    }
    m.qcfUnits = qcfUnits;
    return m;
  });
  return { staff: merged, units };
}

import type { UnitRecord } from '../auditInput';
import type { StaffMember } from '../staffMember';
import { normaliseHeader } from './normaliseHeader';

/**
 * One list of units achieved from both places they are kept: the Units sheet (with credits, level and date) and the staff table's
 * QCF units column (title only, added unless the Units sheet has the same title for that person); each member's qcfUnits lists both.
 * @example mergeUnits(staff, sheetUnits).units.length // sheet units + table-only titles
 */
export function mergeUnits(staff: StaffMember[], sheetUnits: UnitRecord[]): { staff: StaffMember[]; units: UnitRecord[] } {
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
    const titles = new Set(fromSheet.map((u) => normaliseHeader(u.title)));
    const qcfUnits = [...m.qcfUnits];
    for (const t of m.qcfUnits) {
      const key = normaliseHeader(t);
      // A duplicate staff ID shares the Units sheet rows, so only the first row adds its table titles once.
      if (!titles.has(key) && first) units.push({ staffId: m.id, title: t, credits: null, level: null, dateAchieved: null });
      titles.add(key);
    }
    const known = new Set(qcfUnits.map(normaliseHeader));
    for (const u of fromSheet) if (!known.has(normaliseHeader(u.title))) qcfUnits.push(u.title), known.add(normaliseHeader(u.title));
    return { ...m, qcfUnits };
  });
  return { staff: merged, units };
}

import type { UnitRecord } from '../auditInput';
import type { StaffMember } from '../staffMember';
import { normaliseHeader } from './normaliseHeader';

// A member has a few units: scanning a short list beats a new Set per member; a long list switches to a Set.
const SCAN_LIMIT = 16;

/**
 * A reusable set of title keys, cleared between members. The list keeps its slots and a count: emptying an array with
 * `length = 0` drops its backing store, so every member grew a new one.
 */
class TitleKeys {
  private list: string[] = [];
  private size = 0;
  private set: Set<string> | null = null;

  clear(): void {
    this.size = 0;
    this.set = null;
  }

  has(key: string): boolean {
    if (this.set) return this.set.has(key);
    for (let i = 0; i < this.size; i++) if (this.list[i] === key) return true;
    return false;
  }

  add(key: string): void {
    if (this.set) this.set.add(key);
    else if (!this.has(key)) {
      this.list[this.size++] = key;
      if (this.size > SCAN_LIMIT) this.set = new Set(this.list.slice(0, this.size));
    }
  }
}

/**
 * One list of units achieved from both places they are kept: the Units sheet (with credits, level and date) and the staff table's
 * QCF units column (title only, added unless the Units sheet has the same title for that person); each member's qcfUnits lists both.
 * The staff records are updated in place: they are the ones parseWorkbook has just made, and copying 100,000 of them cost more than the
 * merge.
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
  const units: UnitRecord[] = sheetUnits.slice();
  // SPEC 9.1: two people who share an ID share nothing by it. The list is read by ID, so a shared ID's table titles stay
  // out of it: each person's own cell is already in their qcfUnits, and profileQualifications reads both.
  const seenStaff = new Set<string>();
  const shared = new Set<string>();
  for (let i = 0; i < staff.length; i++) {
    if (seenStaff.has(staff[i].id)) shared.add(staff[i].id);
    seenStaff.add(staff[i].id);
  }
  const titles = new TitleKeys();
  const known = new TitleKeys();
  for (let i = 0; i < staff.length; i++) {
    const m = staff[i];
    const fromSheet = byStaff.get(m.id);
    const own = !shared.has(m.id);
    if (fromSheet === undefined && m.qcfUnits.length === 0) continue;
    const qcfUnits = m.qcfUnits.slice();
    titles.clear();
    known.clear();
    // Indexed loops: this loop's for...of iterators were not optimised away.
    if (fromSheet) for (let j = 0; j < fromSheet.length; j++) titles.add(keyOf(fromSheet[j].title));
    for (let j = 0; j < m.qcfUnits.length; j++) {
      const t = m.qcfUnits[j];
      const key = keyOf(t);
      if (own && !titles.has(key)) units.push({ staffId: m.id, title: t, credits: null, level: null, dateAchieved: null });
      titles.add(key);
      known.add(key);
    }
    if (fromSheet) {
      for (let j = 0; j < fromSheet.length; j++) {
        const u = fromSheet[j];
        const key = keyOf(u.title);
        if (known.has(key)) continue;
        qcfUnits.push(u.title);
        known.add(key);
      }
    }
    m.qcfUnits = qcfUnits;
  }
  return { staff: staff.slice(), units };
}

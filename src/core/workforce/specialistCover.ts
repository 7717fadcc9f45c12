import type { LearnerNeed } from '../auditInput';
import { addMonths } from '../_lib/isoDate';
import type { StaffMember } from '../staffMember';

/** Who covers one specialism now and after the planned leavers of the next 12 months (SPEC 9.2). */
export interface SpecialistCover {
  /** The specialism as first written. */
  name: string;
  /** The first person holding it. */
  first: string;
  staff: number;
  /** Holders left once those leaving within 12 months of the audit date have gone. */
  after: number;
  /** The last of those leaving dates (ISO), or null when nobody leaves. */
  lastLeaving: string | null;
  /** Learners needing it (Learner needs); 0 when not recorded. */
  learners: number;
}

/**
 * Every specialism's cover, ordered by name: holders now (a person counted once), holders after planned leavers within
 * 12 months, and the learners who need it (Learner needs). One pass over the team; no list of holders is kept.
 * @example specialistCover(staff, '2026-09-01', null)[0] // { name: 'Autism', first: 'Ann', staff: 2, after: 1, lastLeaving: '2027-07-31', learners: 0 }
 */
export function specialistCover(staff: readonly Pick<StaffMember, 'name' | 'specialisms' | 'leavingDate'>[], auditDate: string, learnerNeeds: readonly LearnerNeed[] | null): SpecialistCover[] {
  const yearOn = addMonths(auditDate, 12);
  const learners = new Map<string, number>();
  for (const n of learnerNeeds ?? []) {
    const key = n.need.trim().toLowerCase();
    if (n.learners > 0) learners.set(key, (learners.get(key) ?? 0) + n.learners);
  }
  const by = new Map<string, SpecialistCover & { last: number }>();
  staff.forEach((m, i) => {
    const leaving = m.leavingDate !== null && m.leavingDate > auditDate && m.leavingDate <= yearOn ? m.leavingDate : null;
    for (const raw of m.specialisms) {
      const s = raw.trim();
      if (s === '') continue;
      const key = s.toLowerCase();
      let c = by.get(key);
      if (c === undefined) by.set(key, (c = { name: s, first: m.name, staff: 0, after: 0, lastLeaving: null, learners: learners.get(key) ?? 0, last: -1 }));
      if (c.last === i) continue;
      c.last = i;
      c.staff += 1;
      if (leaving === null) c.after += 1;
      else if (c.lastLeaving === null || leaving > c.lastLeaving) c.lastLeaving = leaving;
    }
  });
  return [...by.values()]
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
    .map(({ last: _last, ...c }) => c);
}

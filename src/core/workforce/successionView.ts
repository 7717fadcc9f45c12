import type { Aspiration, StaffMember } from '../staffMember';
import { ukDate } from '../_lib/ukDate';
import type { WorkforceRow } from './workforceProfile';

// Career pathways 2011 (LSIS): the pathways an LSA can take, in the report's order.
const PATHWAYS: [Aspiration, string][] = [
  ['responsibility', 'More responsibility within the LSA role'], ['senior', 'Senior or advanced LSA'], ['representative', 'LSA representative'],
  ['specialist', 'Specialist LSA'], ['supportTutor', 'Support tutor'], ['specialistTutor', 'Specialist support tutor'],
  ['coordinator', 'Learning support co-ordinator'], ['management', 'LSA manager'], ['teaching', 'Teaching'],
  ['training', 'Training or work-based learning'], ['research', 'Research and professional development'], ['schools', 'TA or HLTA in schools'],
  ['lateral', 'Related roles (learning mentor, careers adviser)'], ['outside', 'Roles outside education'], ['stay', 'Stay in the current role'],
];

/** A senior post: LSA level 4 or "senior" in the job title (as O13 counts them). */
const isSenior = (m: Pick<StaffMember, 'level' | 'jobTitle'>) => m.level === 4 || /\bsenior\b/i.test(m.jobTitle ?? '');

/**
 * The Workforce Profile's succession view (SPEC 9.2): how many people want each pathway, the senior posts they would
 * step into, who is ready for the next level, and the planned leavers in senior posts (named, with their dates).
 * @example successionView(staff, ready, '2026-09-01')[0] // { section: 'Succession', measure: 'Want: Senior or advanced LSA', count: 3, percent: 12 }
 */
export function successionView(staff: readonly StaffMember[], readyForNextLevel: readonly (boolean | null)[], auditDate: string): WorkforceRow[] {
  const n = staff.length;
  const pct = (c: number) => (n === 0 ? null : Math.round((c * 1000) / n) / 10);
  const rows: WorkforceRow[] = [];
  const want = new Map<Aspiration, number>();
  for (const m of staff) if (m.aspiration !== null) want.set(m.aspiration, (want.get(m.aspiration) ?? 0) + 1);
  for (const [aspiration, label] of PATHWAYS) {
    const c = want.get(aspiration) ?? 0;
    if (c > 0) rows.push({ section: 'Succession', measure: `Want: ${label}`, count: c, percent: pct(c) });
  }
  const senior = staff.filter(isSenior);
  rows.push({ section: 'Succession', measure: 'Senior posts (LSA level 4 or senior in the job title)', count: senior.length, percent: pct(senior.length) });
  const ready = readyForNextLevel.filter((r) => r === true).length;
  rows.push({ section: 'Succession', measure: 'Ready for the next LSA level', count: ready, percent: pct(ready) });
  const leaving = senior.filter((m) => m.leavingDate !== null && m.leavingDate > auditDate);
  const names = leaving.slice(0, 10).map((m) => `${m.name} (${ukDate(m.leavingDate as string)})`).join(', ');
  const more = leaving.length > 10 ? ` and ${leaving.length - 10} more` : '';
  rows.push({ section: 'Succession', measure: `Planned leavers in senior posts${leaving.length ? `: ${names}${more}` : ''}`, count: leaving.length, percent: pct(leaving.length) });
  return rows;
}

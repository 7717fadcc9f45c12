import type { CpdEntry } from '../auditInput';
import type { StaffMember } from '../staffMember';
import { lastTwelveMonthsStart } from '../lastTwelveMonths';

interface CpdSummary {
  hours: number;
  latestJoint: string | null;
  jointUndated: boolean;
  network: boolean;
}

/**
 * With a CPD log, CPD hours, joint training and peer network come from it (SPEC 2.2): hours dated in the last 12 months
 * (on or after the same day a year before the audit date, not after it), the latest joint training, and any network activity in that
 * window.
 * Staff with no entries get 0 hours, no joint training and no network. The records are updated in place (parseWorkbook's own, just made).
 * @example applyCpdLog(staff, [{ staffId: 'S1', date: '2025-01-10', activity: 'x', hours: 3, type: 'training' }], '2025-03-31')[0].cpdHours // 3
 */
export function applyCpdLog(staff: StaffMember[], entries: CpdEntry[], auditDate: string): StaffMember[] {
  const from = lastTwelveMonthsStart(auditDate);
  const byId = new Map<string, CpdSummary>();
  for (const e of entries) {
    let s = byId.get(e.staffId);
    if (!s) byId.set(e.staffId, (s = { hours: 0, latestJoint: null, jointUndated: false, network: false }));
    const inWindow = e.date !== null && e.date >= from && e.date <= auditDate;
    if (inWindow) s.hours += e.hours;
    if (e.type === 'joint training' && (e.date === null || e.date <= auditDate)) {
      if (e.date === null) s.jointUndated = true;
      else if (s.latestJoint === null || e.date > s.latestJoint) s.latestJoint = e.date;
    }
    if (e.type === 'network' && inWindow) s.network = true;
  }
  return staff.map((m) => {
    const s = byId.get(m.id);
    const joint = s?.latestJoint ? { date: s.latestJoint } : s?.jointUndated ? { date: null } : null;
    m.cpdHours = s ? Math.round(s.hours * 100) / 100 : 0;
    m.jointTraining = joint;
    // SPEC 3.8 O19: in a peer network when the column says Yes or the log has a network activity in the last 12 months.
    m.peerNetwork = m.peerNetwork === true || (s?.network ?? false);
    return m;
  });
}

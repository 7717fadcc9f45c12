import type { ObservationRecord } from '../auditInput';
import { followUpState } from '../development/observationFollowUp';
import { ukDate } from '../_lib/ukDate';
import type { NeedRow } from './needRow';

/**
 * SPEC 9.3: a follow-up action not done three months after the observation is a need, "Follow up the observation of
 * dd/mm/yyyy: <action>", Medium. It is done at work with the observer (Compliance, like the observation need): no hours,
 * no barrier. Oldest observation first.
 * @example observationFollowUpNeeds([{ date: '2026-03-10', followUp: 'Shadow the SALT', followUpDone: null, ... }], '2026-09-01')[0].need // 'Follow up the observation of 10/03/2026: Shadow the SALT'
 */
export function observationFollowUpNeeds(records: readonly ObservationRecord[], auditDate: string): NeedRow[] {
  const overdue = records.filter((r) => followUpState(r, auditDate) === 'overdue').sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return overdue.map((r) => ({
    category: 'Compliance',
    need: `Follow up the observation of ${ukDate(r.date!)}: ${r.followUp}`,
    criterion: null,
    priority: 'Medium',
    // ELS report 2010: "the link between observation and training to support development is at best inconsistent".
    suggestedActivity: 'Agree a date with the observer to complete the follow-up and record it (ELS report 2010)',
    hours: 0,
    learningHours: 0,
    timeAway: false,
  }));
}

import type { ObservationRecord } from '../auditInput';
import { addMonths } from '../_lib/isoDate';

/** Where an observation's follow-up stands on the audit date (SPEC 9.3). */
export type FollowUpState = 'no action' | 'done' | 'not yet due' | 'overdue' | 'undated';

/** Months after the observation by which its follow-up action should be done (SPEC 9.3). */
export const FOLLOW_UP_MONTHS = 3;

/**
 * The follow-up of one observation on the audit date: no action recorded; done; not yet three months old; or not done
 * three months after the observation (overdue). An observation with no readable date cannot be placed ('undated').
 * ELS report 2010: the link between observation and training "is at best inconsistent".
 * @example followUpState({ date: '2026-03-10', followUp: 'Shadow the SALT', followUpDone: null, ... }, '2026-09-01') // 'overdue'
 */
export function followUpState(record: ObservationRecord, auditDate: string): FollowUpState {
  if (record.followUp === null) return 'no action';
  if (record.followUpDone !== null) return 'done';
  if (record.date === null) return 'undated';
  return auditDate < addMonths(record.date, FOLLOW_UP_MONTHS) ? 'not yet due' : 'overdue';
}

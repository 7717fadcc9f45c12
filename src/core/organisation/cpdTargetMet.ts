import type { IndicatorInput, StaffAuditRow } from './indicator';

/**
 * Whether a person's CPD hours in the last 12 months reach their CPD target (SPEC 3.8 O7, O8): their own site's target
 * in a group audit (cpdTargets), else the settings' target.
 * @example cpdTargetMet({ settings: { cpdTargetHours: 15 } } as IndicatorInput)({ member: { id: 'S1' }, cpdHoursLast12Months: 16 } as StaffAuditRow) // true
 */
export const cpdTargetMet = (input: IndicatorInput) => (r: StaffAuditRow): boolean =>
  r.cpdHoursLast12Months !== null && r.cpdHoursLast12Months >= (input.cpdTargets?.get(r.member.id) ?? input.settings.cpdTargetHours);

import type { CpdEntry, LearnerNeed, ObservationRecord } from '../auditInput';
import type { ComplianceResult } from '../compliance/complianceStatus';
import type { QualificationProfile } from '../qualifications/qualificationProfile';
import type { Settings } from '../settings';
import type { SkillsProfile } from '../nos/skillsProfile';
import type { StaffField, StaffMember } from '../staffMember';

export type IndicatorStatus = 'Green' | 'Amber' | 'Red' | 'No data';

/** One organisational indicator (SPEC 3.8), a row of the Audit Summary. */
export interface Indicator {
  id: string; // O1 ... O24
  name: string;
  /** Rounded for display (percent 1 dp, ratio 2 dp); status is judged on the exact value. null with No data. */
  value: number | null;
  /** e.g. ">= 90% (Amber >= 70%)". */
  target: string;
  status: IndicatorStatus;
  /** The evidence basis, e.g. "9 of 12 staff"; empty with No data. */
  basis: string;
  numerator: number | null;
  denominator: number | null;
  /** Shown when not Green: the action for Amber/Red; for No data, what to add. null when Green. */
  recommendation: string | null;
  /** The seed recommendation or finding it comes from (ELS report 2010 and Career pathways 2011). */
  source: string;
  /** Caveats (e.g. staff with no level recorded); with No data, the column or sheet to add. */
  note: string | null;
}

/** One person's audit results, as the organisational audit reads them. */
export interface StaffAuditRow {
  member: StaffMember;
  skills: SkillsProfile;
  qualifications: QualificationProfile;
  /** Best SMART score (0-5) among the person's PDP objectives; null when they have none. */
  bestSmartScore: number | null;
  /** From the CPD log when present, else the CPD hours column; null when unknown. */
  cpdHoursLast12Months: number | null;
  /** Joint training with teachers in the last 12 months (CPD log or joint training column); null when unknown. */
  jointTrainingLast12Months: boolean | null;
  compliance: ComplianceResult;
  /** Whether one of the person's PDP objectives addresses a priority gap (SPEC 3.6); null when they have no priority gaps. */
  pdpAddressesGap: boolean | null;
}

/** Everything the indicators are computed from. */
export interface IndicatorInput {
  rows: readonly StaffAuditRow[];
  /** Fields present as columns or from optional sheets (AuditInput.mappedFields); missing ones give No data. */
  mappedFields: readonly StaffField[];
  /** null when there is no Learner needs sheet (O11 No data). */
  learnerNeeds: readonly LearnerNeed[] | null;
  /** false when there is no PDP sheet (O9 No data). */
  pdpPresent: boolean;
  /** The CPD log's entries of audited staff; null when there is no CPD log (O20 No data). */
  cpd: readonly CpdEntry[] | null;
  /** True when the CPD log has a Reflection or Impact column (SPEC 9.3); absent or false gives O23 No data. */
  cpdReflection?: boolean;
  /** The Observations sheet's records of audited staff; null or absent when there is no such sheet (O24 No data). */
  observations?: readonly ObservationRecord[] | null;
  settings: Settings;
  /**
   * Each person's CPD target by staff ID where it is not settings.cpdTargetHours: a group audit pools sites whose
   * Settings differ, and a person is judged against their own site's target (cpdTargetMet).
   */
  cpdTargets?: ReadonlyMap<string, number>;
}

import type { AuditInput, PdpObjective } from './auditInput';
import type { AuditIssue } from './auditIssue';
import type { ComplianceResult } from './compliance/complianceStatus';
import type { Indicator, StaffAuditRow } from './organisation/indicator';
import type { Settings } from './settings';
import type { SmartResult } from './development/smart/smartResult';
import type { PlanCheck } from './development/planCheck';
import type { DevelopmentBudget } from './training/developmentBudget';
import type { SharedNeed, TrainingNeed } from './training/trainingNeed';
import type { WorkforceRow } from './workforce/workforceRow';
import type { ReflectionRow } from './development/reflectionRow';

/** One person's full audit: the indicator row plus needs and PDP checks. */
export interface StaffAudit extends StaffAuditRow {
  compliance: ComplianceResult;
  needs: TrainingNeed[];
  pdp: { objective: PdpObjective; result: SmartResult; plan: PlanCheck }[];
  /** With a Practice log: "Met", what is missing, or null with no entries; undefined without a Practice log. */
  practice?: string | null;
  /** The person's development hours this year against their budget (SPEC 9.2). */
  developmentBudget?: DevelopmentBudget;
}

/** Header block of the Audit Summary and the pane's results. */
export interface AuditSummary {
  organisation: string;
  auditDate: string;
  staffAudited: number;
  green: number;
  amber: number;
  red: number;
  noData: number;
  issues: number;
}

/** The whole audit: what auditToSheets turns into sheets. */
export interface Audit {
  settings: Settings;
  input: AuditInput;
  staff: StaffAudit[];
  sharedNeeds: SharedNeed[];
  indicators: Indicator[];
  workforce: WorkforceRow[];
  issues: AuditIssue[];
  summary: AuditSummary;
  /** The Reflection Check's rows; null or absent with no Reflective log and no Reflection or Impact column (SPEC 9.3). */
  reflections?: ReflectionRow[] | null;
  /** Criterion codes nobody in the team can support: they need outside expertise (SPEC 9.2; ELS report 2010, rec. 7). */
  outsideExpertise?: string[];
}

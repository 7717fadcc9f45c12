import type { AuditIssue } from './auditIssue';
import type { CriterionCode, Standard } from './nos/criterion';
import type { LsaLevel, StaffField, StaffMember } from './staffMember';
import type { Settings } from './settings';

/** A PDP objective (SPEC 2.2 PDP sheet), joined to a member of staff. */
export interface PdpObjective {
  sheet: string;
  row: number;
  staffId: string;
  objective: string;
  actions: string | null;
  resources: string | null;
  successCriteria: string | null;
  reviewDate: string | null;
  nosLinks: CriterionCode[];
}

/** A QCF unit achieved (SPEC 2.2 Units sheet, or the staff table's QCF units column). */
export interface UnitRecord {
  staffId: string;
  title: string;
  credits: number | null;
  level: number | null;
  dateAchieved: string | null;
}

export type CpdType =
  | 'training' | 'shadowing' | 'mentoring' | 'joint training' | 'network' | 'e-learning' | 'qualification' | 'other';

/** One CPD log entry (SPEC 2.2 CPD log). */
export interface CpdEntry {
  staffId: string;
  date: string | null;
  activity: string;
  hours: number;
  type: CpdType;
}

/** Learners with a need (a canonical specialism), from the Learner needs sheet. */
export interface LearnerNeed {
  need: string;
  learners: number;
}

/** A target override from the Targets sheet: by level and standard, or by level and criterion. */
export interface TargetOverride {
  level: LsaLevel;
  standard: Standard | null;
  criterion: CriterionCode | null;
  target: number;
}

/** Which staff field each column was mapped to, with a 0-1 confidence (for the pane). */
export interface ColumnMapping {
  sheet: string;
  headerRow: number;
  columns: { column: number; header: string; field: StaffField | `rating:${string}`; confidence: number }[];
}

/** Everything the audit needs, parsed from the workbook. */
export interface AuditInput {
  staff: StaffMember[];
  pdp: PdpObjective[];
  units: UnitRecord[];
  cpd: CpdEntry[] | null; // null when there is no CPD log sheet
  learnerNeeds: LearnerNeed[] | null;
  targetOverrides: TargetOverride[];
  settings: Settings;
  mapping: ColumnMapping;
  /** Fields present as columns (or from optional sheets): indicators without their column have No data. */
  mappedFields: StaffField[];
  issues: AuditIssue[];
}

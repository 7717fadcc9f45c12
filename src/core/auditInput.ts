import type { AuditIssue } from './auditIssue';
import type { CriterionCode } from './criterion';
import type { ContractType, StaffField, StaffMember } from './staffMember';
import type { Settings } from './settings';
import type { TargetOverride } from './nos/targetOverride';

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
  | 'training' | 'shadowing' | 'mentoring' | 'joint training' | 'network' | 'e-learning' | 'qualification' | 'compliance' | 'other';

/** One CPD log entry (SPEC 2.2 CPD log). */
export interface CpdEntry {
  staffId: string;
  date: string | null;
  activity: string;
  hours: number;
  type: CpdType;
  /** The Type cell as written ("Safeguarding"), when the log has a Type column and the cell is filled. */
  typeText?: string | null;
  /** The Reflection column's text (SPEC 9.3); absent or null when none is recorded. */
  reflection?: string | null;
  /** The Impact column's text (SPEC 9.3); absent or null when none is recorded. */
  impact?: string | null;
}

/** One entry of the Reflective log sheet (SPEC 9.3), joined to a member of staff. */
export interface ReflectiveEntry {
  sheet: string;
  /** The row number Excel shows. */
  row: number;
  staffId: string;
  date: string | null;
  entry: string;
  /** The CPD activity it reflects on, when recorded. */
  activity: string | null;
}

/** One observation of practice from the Observations sheet (SPEC 9.3), joined to a member of staff. */
export interface ObservationRecord {
  sheet: string;
  /** The row number Excel shows. */
  row: number;
  staffId: string;
  /** ISO date of the observation; null when blank or unreadable (then it counts for nothing). */
  date: string | null;
  observer: string | null;
  outcome: string | null;
  /** The follow-up action agreed; null when none is recorded ("n/a", "-" and blank are none). */
  followUp: string | null;
  /** Done: the date it was done (null when done with no date, "Yes"); null itself when not done or not recorded. */
  followUpDone: { date: string | null } | null;
}

/** One session of learning support practice (SPEC 3.5 v2 Practice log). */
export interface PracticeEntry {
  staffId: string;
  date: string | null;
  hours: number;
  /** Literacy, language, numeracy or general, as written; null when blank. */
  subject: string | null;
  observed: boolean;
  /** Minutes observed (0 when not observed). */
  minutes: number;
}

/** Learners with a need (a canonical specialism), from the Learner needs sheet. */
export interface LearnerNeed {
  need: string;
  learners: number;
}

/** A column of the header row that no field reads (SPEC 2.1 v2): shown in the pane and by the command line, never dropped silently. */
export interface UnusedColumn {
  /** The column letter Excel shows ("F"). */
  column: string;
  /** The header text as written ("" when the column has data but no header). */
  header: string;
  /** Why it is not used: "not recognised", "same field as column C (Name), which is used", "set aside by the column mapping", "no
   * header". */
  reason: string;
}

/** Which staff field each column was mapped to, with a 0-1 confidence (for the pane), and the columns not used. */
export interface ColumnMapping {
  sheet: string;
  headerRow: number;
  columns: { column: number; header: string; field: StaffField | `rating:${string}`; confidence: number }[];
  /** Every other column of the header row, in sheet order: mapped + unused is the whole header row. */
  unusedColumns: UnusedColumn[];
}

/** A person who left on or before the audit date (SPEC 2.1 v2): not audited, counted for turnover in the Workforce Profile (3.10). */
export interface Leaver {
  sheet: string;
  /** The row number Excel shows. */
  row: number;
  id: string;
  name: string;
  /** ISO yyyy-mm-dd, on or before the audit date. */
  leavingDate: string;
  contract: ContractType | null;
  contractText: string | null;
  /** Hours per week (or FTE x full-time hours), null when not recorded. */
  hoursPerWeek: number | null;
}

/** A person whose start date is after the audit date (SPEC 9.1): not audited yet, counted as a planned starter. */
export interface Starter {
  sheet: string;
  row: number;
  id: string;
  name: string;
  /** ISO yyyy-mm-dd, after the audit date. */
  startDate: string;
}

/** Everything the audit needs, parsed from the workbook. */
export interface AuditInput {
  /** The people audited: leavers and summary rows ("Total") are not among them. */
  staff: StaffMember[];
  /** Rows whose leaving date is on or before the audit date (SPEC 2.1 v2), in sheet order; each is also an Info issue. */
  leavers: Leaver[];
  /** Rows whose start date is after the audit date (SPEC 9.1), in sheet order; each is also an Info issue. */
  starters?: Starter[];
  pdp: PdpObjective[];
  units: UnitRecord[];
  cpd: CpdEntry[] | null; // null when there is no CPD log sheet
  /** null when there is no Practice log sheet (then no Practice column on Qualifications). */
  practice?: PracticeEntry[] | null;
  /** True when the CPD log has a Reflection or an Impact column (SPEC 9.3: O23 needs one). */
  cpdReflection?: boolean;
  /** The Reflective log sheet's entries; null or absent when there is no such sheet. */
  reflectiveLog?: ReflectiveEntry[] | null;
  /** The Observations sheet's records; null or absent when there is no such sheet (O24 No data). */
  observations?: ObservationRecord[] | null;
  learnerNeeds: LearnerNeed[] | null;
  targetOverrides: TargetOverride[];
  settings: Settings;
  mapping: ColumnMapping;
  /** Fields present as columns (or from optional sheets): indicators without their column have No data. */
  mappedFields: StaffField[];
  issues: AuditIssue[];
}

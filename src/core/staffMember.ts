import type { CriterionCode } from './criterion';
import type { Rating } from './rating';
import type { ComplianceCourse } from './settings';

/** LSA level 1-4 (Career pathways 2011, "LSA Level / Job Role and Responsibilities"). */
export type LsaLevel = 1 | 2 | 3 | 4;

/** Personal skills level in English, maths or ICT (SPEC 2.1). "GCSE C"/"GCSE 4"+ is Level 2. */
export type PersonalSkillLevel = 'Entry 1' | 'Entry 2' | 'Entry 3' | 'Level 1' | 'Level 2' | 'Level 3';

/** Canonical contract types (SPEC 3.10). */
export type ContractType =
  | 'permanent full-time'
  | 'permanent part-time'
  | 'fixed-term'
  | 'hourly-paid'
  | 'term-time only'
  | 'bank/agency'
  | 'volunteer'
  | 'other';

/**
 * Career aspiration (SPEC 2.1, 3.7), read from free text as a sentence: one of Career pathways 2011's pathways, "stay", or "other".
 * responsibility: stay in the role and take on more (the senior LSA route within the role).
 */
export type Aspiration = 'stay' | 'responsibility' | 'senior' | 'representative' | 'specialist' | 'supportTutor'
  | 'specialistTutor' | 'coordinator' | 'management' | 'teaching' | 'training' | 'research' | 'schools' | 'lateral' | 'outside'
  | 'supportedEmployment' | 'qualify' | 'other';

/** Something done, with its date when one was given ("Yes" in a date column is done with no date). */
export interface DoneRecord {
  date: string | null; // ISO yyyy-mm-dd
  /** A date was written but could not be read (SPEC 9.1: unreadable is not missing). */
  unreadable?: boolean;
  /** The cell says the training has lapsed, with no date ("Expired", "Overdue"), as compliance matrices write it. */
  expired?: boolean;
}

/** Every staff field the table can map (SPEC 2.1), used for column mapping and data completeness. */
export type StaffField =
  | 'staffId' | 'name' | 'firstName' | 'surname' | 'jobTitle' | 'level' | 'specialisms' | 'contract'
  | 'hoursPerWeek' | 'startDate' | 'induction' | 'lastReview' | 'selfAssessmentDate'
  | 'english' | 'maths' | 'ict' | 'qualifications' | 'qcfUnits' | 'cpdHours' | 'paidToTrain'
  | 'mentor' | 'jointTraining' | 'peerNetwork' | 'aspiration'
  | 'fte' | 'leavingDate' | 'lastObservation' | 'releaseTime'
  | `compliance:${ComplianceCourse}` | `expiry:${ComplianceCourse}`;

/** One member of staff, parsed from one row of the staff table. All dates are ISO yyyy-mm-dd strings. */
export interface StaffMember {
  sheet: string;
  /** The row number Excel shows. */
  row: number;
  /** Staff ID as written, or "Row N" when the table has no ID (or this row's is blank). */
  id: string;
  idFromRow: boolean;
  name: string;
  jobTitle: string | null;
  /** null when not recorded; the audit then uses level 2 and reports it (SPEC 3.3). */
  level: LsaLevel | null;
  /** Canonical specialism names (SPEC 2.1); unknown ones kept as written. */
  specialisms: string[];
  contract: ContractType | null;
  contractText: string | null;
  /** Hours per week: the hours column, or FTE x full-time hours where there is no hours column (SPEC 2.1 v2). */
  hoursPerWeek: number | null;
  /** Full-time equivalent 0-1 as recorded (a percentage is read as a fraction); null when not recorded. */
  fte: number | null;
  /** Leaving date (SPEC 2.1 v2). Rows with one on or before the audit date are leavers, not staff; after it, a planned leaver. */
  leavingDate: string | null;
  startDate: string | null;
  induction: DoneRecord | null;
  lastReview: DoneRecord | null;
  selfAssessmentDate: string | null;
  english: PersonalSkillLevel | null;
  maths: PersonalSkillLevel | null;
  ict: PersonalSkillLevel | null;
  qualifications: string[];
  qcfUnits: string[];
  cpdHours: number | null;
  paidToTrain: boolean | null;
  /** A mentor recorded: true for "Yes" or a name; false for "No"; null when blank. */
  mentor: { has: boolean; name: string | null } | null;
  jointTraining: DoneRecord | null;
  peerNetwork: boolean | null;
  /** Last observation of practice (ELS report 2010: LSAs are observed once a year); "Yes" is observed with no date. */
  lastObservation: DoneRecord | null;
  /** Release time for training (ELS report 2010: time is the biggest barrier): Yes/No, null when blank. */
  releaseTime: boolean | null;
  aspiration: Aspiration | null;
  aspirationText: string | null;
  /** The canonical specialism the aspiration names ("Specialist in sight loss": Visual impairment), if any (SPEC 9.2). */
  aspirationSpecialism?: string | null;
  selfRatings: Partial<Record<CriterionCode, Rating>>;
  managerRatings: Partial<Record<CriterionCode, Rating>>;
  compliance: Partial<Record<ComplianceCourse, DoneRecord>>;
  /** Expiry dates from expiry columns ("First Aid Expiry", SPEC 2.1 v2): the status comes from them directly (3.9). */
  complianceExpiry: Partial<Record<ComplianceCourse, string>>;
  /** Cells of mapped audit columns on this row, and how many of them were filled (O16). */
  mappedCells: number;
  filledCells: number;
}

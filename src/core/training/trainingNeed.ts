import type { CriterionCode } from '../criterion';

export type NeedCategory = 'Compliance' | 'NOS gap' | 'Personal skills' | 'Qualification' | 'Career' | 'CPD';
export type Priority = 'High' | 'Medium' | 'Low';

/** One training need of one person (SPEC 3.7). */
export interface TrainingNeed {
  staffId: string;
  name: string;
  category: NeedCategory;
  need: string;
  criterion: CriterionCode | null;
  priority: Priority;
  suggestedActivity: string;
  /** Guided or contact hours: the release time to budget (SPEC 3.7 v2). */
  hours: number;
  barrier: string | null;
  /** Total study time (LLUK LSP qualifications: 1 credit = 10 hours); equal to hours for activities that are not units. */
  learningHours: number;
  /** The need takes the person away from work to train (a barrier applies); false for reviews, induction and the like. */
  timeAway?: boolean;
  /** "This year" or "Later" against the person's development budget (SPEC 9.2). */
  plan?: 'This year' | 'Later';
  /** Colleagues who can support a NOS gap, e.g. "Charlotte Wood (A3: Advanced)"; or why nobody can (SPEC 9.2). */
  peerSupport?: string;
  /**
   * What is delivered, the team plan's group (SPEC 9.2): "QCF unit: …", "Specialist training: Autism", "English: Entry 3
   * or below to Level 2".
   */
  delivers?: string;
  /** An accredited course (unit, certificate, teacher training, management qualification): enrolled with a provider (SPEC 9.2). */
  accredited?: boolean;
  /** Learners needing the specialism a Standard C gap or specialist training is in (Learner needs; SPEC 9.2). */
  learners?: number;
  /** The specialism a Standard C gap is worked in (SPEC 9.2), so a group's in-house lead is someone who holds it. */
  specialism?: string;
}

/** A need shared across the team (SPEC 3.7 team training plan). */
export interface SharedNeed {
  need: string;
  category: NeedCategory;
  staffCount: number;
  staff: string[];
  /** Staff hours: the sum of everyone's hours (the release time to budget); Total hours on the sheet. */
  totalHours: number;
  /** The largest of the members' hours. */
  hoursEach: number;
  /** The trainer's time: a group session or paired activity is delivered once (hours each), individual ones once a person. */
  deliveryHours: number;
  delivery: string;
  /** People whose need in this group waits until "Later" (SPEC 9.2): not planned this year. */
  laterCount?: number;
  /** A colleague who could lead the group session in-house, e.g. "Charlotte Wood (A3: Advanced)" (SPEC 9.2). */
  inHouseLead?: string;
  /** Learners needing the group's specialism (specialist training), for ordering. */
  learners?: number;
}

import type { CriterionCode } from '../nos/criterion';

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
  hours: number;
  barrier: string | null;
}

/** A need shared across the team (SPEC 3.7 team training plan). */
export interface SharedNeed {
  need: string;
  category: NeedCategory;
  staffCount: number;
  staff: string[];
  totalHours: number;
  delivery: string;
}

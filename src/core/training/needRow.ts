import type { TrainingNeed } from './trainingNeed';

/**
 * A need before the person's id, name and barrier are attached. timeAway: the need takes the person away from work
 * to train (NOS gaps, qualifications, personal skills, courses, CPD), so a barrier to training applies to it (SPEC 3.7).
 */
export type NeedRow = Omit<TrainingNeed, 'staffId' | 'name' | 'barrier'> & {
  /** The NOS gap's size in steps, for ordering the person's plan (SPEC 9.2); not shown. */
  gap?: number;
};

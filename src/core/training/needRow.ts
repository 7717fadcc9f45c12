import type { TrainingNeed } from './trainingNeed';

/** A need before the person's id, name and barrier are attached. */
export type NeedRow = Omit<TrainingNeed, 'staffId' | 'name' | 'barrier'>;

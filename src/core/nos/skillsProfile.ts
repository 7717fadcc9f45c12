import type { CriterionCode, Standard } from '../criterion';
import type { Rating } from '../rating';
import type { LsaLevel } from '../staffMember';

/** A priority gap (SPEC 3.4): g = target - rating >= 1. High when g >= 2. */
export interface Gap {
  code: CriterionCode;
  standard: Standard;
  number: number;
  target: number;
  rating: Rating;
  gap: number;
  priority: 'High' | 'Medium';
}

/** A criterion where self and manager ratings differ by 2 or more (SPEC 3.2). */
export interface RatingDisagreement {
  code: CriterionCode;
  self: Rating;
  manager: Rating;
}

/** One person's NOS result (SPEC 3.2-3.4). Percentages are 0-100; gap scores one decimal place. */
export interface SkillsProfile {
  staffId: string;
  level: LsaLevel; // the level scored (2 when none recorded)
  specialist: boolean;
  applicable: CriterionCode[];
  targets: Record<CriterionCode, number>;
  /** The rating scored for each applicable criterion (manager's over self's); null = not assessed. */
  ratings: Record<CriterionCode, Rating | null>;
  coverage: number;
  gapScore: number | null;
  gapByStandard: Record<Standard, number | null>;
  priorityGaps: Gap[];
  strengths: CriterionCode[];
  /** null for level 4. */
  readyForNextLevel: boolean | null;
  toDiscuss: RatingDisagreement[];
}

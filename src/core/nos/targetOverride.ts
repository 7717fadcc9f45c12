import type { LsaLevel } from '../staffMember';
import type { CriterionCode, Standard } from '../criterion';

/** A target override from the Targets sheet: by level and standard, or by level and criterion. */
export interface TargetOverride {
  level: LsaLevel;
  standard: Standard | null;
  criterion: CriterionCode | null;
  target: number;
}

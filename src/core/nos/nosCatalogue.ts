import type { Criterion, CriterionCode } from '../criterion';
import { criteriaOf } from './standards/nosEntry';
import { STANDARD_A } from './standards/nosStandardA';
import { STANDARD_B } from './standards/nosStandardB';
import { STANDARD_C } from './standards/nosStandardC';

/**
 * The 31 NOS criteria A1-A17, B1-B7, C1-C7 with their KU statements, in catalogue order (NOS 2009, SPEC 3.1).
 * @example NOS_CATALOGUE.find((c) => c.code === 'A4')?.title // 'Communicate effectively with learners.'
 */
export const NOS_CATALOGUE: readonly Criterion[] = Object.freeze([
  ...criteriaOf('A', STANDARD_A),
  ...criteriaOf('B', STANDARD_B),
  ...criteriaOf('C', STANDARD_C),
]);

const BY_CODE = new Map(NOS_CATALOGUE.map((c) => [c.code, c]));

/**
 * The catalogue criterion with this exact code, or undefined.
 * @example criterionByCode('C7')?.number // 7
 */
export function criterionByCode(code: CriterionCode): Criterion | undefined {
  return BY_CODE.get(code);
}

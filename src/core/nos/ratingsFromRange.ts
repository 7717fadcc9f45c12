import type { CriterionCode } from '../criterion';
import type { Rating } from '../rating';
import { readCriterionRange } from './readCriterionRange';

/**
 * Reads a custom function's ratings argument (SPEC 5): 17, 24 or 31 cells in order A1-A17, B1-B7, C1-C7,
 * or codes in the first row (or column) above (or beside) the ratings. Blank cells are not assessed.
 * @example ratingsFromRange([[3, 'good', ...]]) // { error: "Cell 2 (A2) holds 'good': use 0-4 or a label such as Competent" }
 */
export function ratingsFromRange(range: unknown[][]): { ratings: Record<CriterionCode, Rating | null> } | { error: string } {
  const read = readCriterionRange(range, 'Cell');
  return 'error' in read ? read : { ratings: read.values };
}

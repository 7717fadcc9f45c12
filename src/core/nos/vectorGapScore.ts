import { NOS_CATALOGUE } from './nosCatalogue';
import type { LsaLevel } from '../staffMember';
import { targetsFor } from './targets';
import { percent1 } from '../_lib/percent1';
import { BLANK_CELL } from './ratingVector';

/** A level's default targets in catalogue order (A1-A17, B1-B7, C1-C7), -1 where a criterion does not apply. */
interface TargetVector {
  targets: Int8Array;
  /** How many criteria apply: the keys of the targets record, whatever the length of the ratings. */
  applicable: number;
}

// Index of C1: ratings from here on are specialist (C) criteria.
const FIRST_C = NOS_CATALOGUE.findIndex((c) => c.standard === 'C');

// One vector per level and specialism, built from targetsFor so the two can never disagree.
const VECTORS: (TargetVector | undefined)[] = [];

function targetVector(level: LsaLevel, specialist: boolean): TargetVector {
  const key = level * 2 + (specialist ? 1 : 0);
  let vector = VECTORS[key];
  if (vector === undefined) {
    const record = targetsFor(level, specialist);
    const targets = new Int8Array(NOS_CATALOGUE.length).fill(-1);
    NOS_CATALOGUE.forEach((c, i) => {
      if (c.code in record) targets[i] = record[c.code];
    });
    vector = { targets, applicable: Object.keys(record).length };
    VECTORS[key] = vector;
  }
  return vector;
}

/**
 * Coverage and gap score (SPEC 3.4) of rating codes in catalogue order (readRatingVector) against a level's default
 * targets, with none of gapScore's gap and strength lists: NOSGAP and NOSCOVERAGE only need the two numbers.
 * specialist undefined means "whether any C criterion is rated" (SPEC 5). Same sums, so the same numbers as gapScore.
 * @example vectorGapScore(Int8Array.of(1, 3, -1, ...), 17, 2, undefined) // { coverage: 8.3, gapScore: 33.3 }
 */
export function vectorGapScore(
  ratings: Int8Array,
  length: number,
  level: LsaLevel,
  specialist: boolean | undefined,
): { coverage: number; gapScore: number | null } {
  let hasC = false;
  if (specialist === undefined) {
    for (let i = FIRST_C; i < length; i++) if (ratings[i] !== BLANK_CELL) hasC = true;
  }
  const { targets, applicable } = targetVector(level, specialist ?? hasC);
  // Integer sums over assessed, applicable criteria: adding in another order than gapScore gives the same totals.
  let assessed = 0;
  let sumTarget = 0;
  let sumGap = 0;
  for (let i = 0; i < length; i++) {
    const rating = ratings[i];
    const target = targets[i];
    if (rating === BLANK_CELL || target < 0) continue;
    assessed++;
    sumTarget += target;
    if (target > rating) sumGap += target - rating;
  }
  return {
    coverage: applicable === 0 ? 0 : percent1(assessed, applicable),
    gapScore: assessed === 0 ? null : sumTarget > 0 ? percent1(sumGap, sumTarget) : 0,
  };
}

import type { CriterionCode } from '../criterion';
import type { FnResult } from '../fnResult';
import { normaliseCriterionCode } from './criterionCode';
import { gapScore, type GapScoreResult } from './gapScore';
import { criterionByCode, NOS_CATALOGUE } from './nosCatalogue';
import type { Rating } from '../rating';
import { ratingsFromRange } from './ratingsFromRange';
import { targetsFor } from './targets';
import { readCriterionRange } from './readCriterionRange';
import { readRatingVector } from './ratingVector';
import { vectorGapScore } from './vectorGapScore';
import { countArg, isArgError, isOmitted, levelArg, scalarOf, specialistArg } from '../functionArgs';

const NOTHING_ASSESSED = 'No criterion is assessed: enter at least one rating (0-4 or a label such as Competent)';
const bad = (message: string): FnResult<never> => ({ error: 'value', message });

/**
 * Scores ratings against a level (targets of SPEC 3.3) or a targets range of the same shape (blank target = not applicable).
 * specialist defaults to whether any C criterion is rated; FALSE drops C, TRUE adds C at the level's targets.
 */
function scoreArgs(range: unknown, levelOrTargets: unknown, specialist: unknown): FnResult<GapScoreResult> {
  const read = ratingsFromRange(range as unknown[][]);
  if ('error' in read) return bad(read.error);
  const spec = specialistArg(specialist);
  if (isArgError(spec)) return bad(spec.error);
  const ratings: Record<CriterionCode, Rating | null> = read.ratings;
  const targetsGiven = Array.isArray(scalarOf(levelOrTargets));
  let targets: Record<CriterionCode, number>;
  if (targetsGiven) {
    const t = readCriterionRange(levelOrTargets, 'Target cell');
    if ('error' in t) return bad(t.error);
    targets = {};
    for (const [code, target] of Object.entries(t.values)) {
      if (target !== null && (spec !== false || !code.startsWith('C'))) targets[code] = target;
    }
    if (Object.keys(targets).length === 0) return bad('The targets range holds no targets: enter 0-4 for each criterion that applies');
  } else {
    const level = isOmitted(levelOrTargets) ? 2 : levelArg(levelOrTargets, 'level_or_targets');
    if (isArgError(level)) return bad(level.error);
    let hasC = false;
    for (const code in ratings) if (code.charCodeAt(0) === 67 /* C */ && ratings[code] !== null) hasC = true;
    targets = targetsFor(level, spec ?? hasC);
  }
  return { value: gapScore(ratings, targets) };
}

// Rating codes of the call being evaluated: calls are synchronous, so one buffer serves them all.
const VECTOR = new Int8Array(NOS_CATALOGUE.length);

/**
 * The common call, =LSA.NOSGAP(D2:AH2, 3): a row or column of valid ratings against a level. Only the two numbers,
 * from rating codes, with no records or gap lists. null for anything else (a targets range, codes above the ratings,
 * a bad cell or argument): scoreArgs then gives the same numbers, or the message.
 */
function quickScore(range: unknown, levelOrTargets: unknown, specialist: unknown): { coverage: number; gapScore: number | null } | null {
  const length = readRatingVector(range, VECTOR);
  if (length === 0) return null;
  const spec = specialistArg(specialist);
  if (isArgError(spec)) return null;
  const given = scalarOf(levelOrTargets);
  if (Array.isArray(given)) return null;
  const level = isOmitted(given) ? 2 : levelArg(given, 'level_or_targets');
  if (isArgError(level)) return null;
  return vectorGapScore(VECTOR, length, level, spec);
}

/**
 * LSA.NOSGAP: gap score 0-100 (SPEC 3.4), #N/A when nothing is assessed.
 * @example nosGap([[3, 3, 1, ...17 cells]], 2) // { value: 3.9 }
 */
export function nosGap(range: unknown, levelOrTargets: unknown, specialist?: unknown): FnResult<number> {
  const quick = quickScore(range, levelOrTargets, specialist);
  if (quick !== null) return quick.gapScore === null ? { error: 'na', message: NOTHING_ASSESSED } : { value: quick.gapScore };
  const r = scoreArgs(range, levelOrTargets, specialist);
  if ('error' in r) return r;
  return r.value.gapScore === null ? { error: 'na', message: NOTHING_ASSESSED } : { value: r.value.gapScore };
}

/**
 * LSA.NOSCOVERAGE: % of applicable criteria assessed (SPEC 3.4); level defaults to 2 and only checks the argument.
 * @example nosCoverage([['A1', 'A2'], [3, '']]) // { value: 4.2 } (1 of 24)
 */
export function nosCoverage(range: unknown, level?: unknown, specialist?: unknown): FnResult<number> {
  const quick = quickScore(range, level, specialist);
  if (quick !== null) return { value: quick.coverage };
  const r = scoreArgs(range, level, specialist);
  return 'error' in r ? r : { value: r.value.coverage };
}

/**
 * LSA.NOSPRIORITIES: priority gap codes, largest gap first, as one column to spill; a blank cell when there are none.
 * @example nosPriorities([['A1', 'B2'], [0, 1]], 3) // { value: [['A1'], ['B2']] }
 */
export function nosPriorities(range: unknown, levelOrTargets: unknown, specialist?: unknown, count?: unknown): FnResult<string[][]> {
  const n = countArg(count);
  if (isArgError(n)) return bad(n.error);
  const r = scoreArgs(range, levelOrTargets, specialist);
  if ('error' in r) return r;
  if (r.value.gapScore === null) return { error: 'na', message: NOTHING_ASSESSED };
  const codes = r.value.priorityGaps.slice(0, n).map((g) => [g.code]);
  return { value: codes.length > 0 ? codes : [['']] };
}

/**
 * LSA.NOSTITLE: the performance criterion's text (NOS 2009).
 * @example nosTitle('a4') // { value: 'Communicate effectively with learners.' }
 */
export function nosTitle(code: unknown): FnResult<string> {
  const given = scalarOf(code);
  const found = criterionByCode(normaliseCriterionCode(given) ?? '');
  return found ? { value: found.title } : bad(`'${String(given ?? '')}' is not a NOS criterion: use A1-A17, B1-B7 or C1-C7`);
}

import type { TargetOverride } from './targetOverride';
import type { Criterion, CriterionCode, Standard } from '../criterion';
import { normaliseCriterionCode } from './criterionCode';
import { NOS_CATALOGUE } from './nosCatalogue';
import type { LsaLevel, StaffMember } from '../staffMember';

/**
 * Default target ratings by LSA level and standard (SPEC 3.3; levels as in Career pathways 2011). C applies to specialists only.
 * @example DEFAULT_TARGETS[3].B // 3
 */
export const DEFAULT_TARGETS: Readonly<Record<LsaLevel, Readonly<Record<Standard, number>>>> = {
  1: { A: 2, B: 1, C: 2 },
  2: { A: 3, B: 2, C: 2 },
  3: { A: 3, B: 3, C: 3 },
  4: { A: 4, B: 3, C: 4 },
};

// "Non-specialist" in a job title says the opposite of "specialist".
const SPECIALIST_TITLE = /(?<!non[\s-]?)specialist/i;

/**
 * A specialist has any specialism listed or "specialist" in the job title (SPEC 3.3); "non-specialist" is not.
 * @example isSpecialist({ specialisms: [], jobTitle: 'Specialist LSA (autism)' }) // true
 */
export function isSpecialist(member: Pick<StaffMember, 'specialisms' | 'jobTitle'>): boolean {
  return member.specialisms.some((s) => s.trim() !== '') || SPECIALIST_TITLE.test(member.jobTitle ?? '');
}

/**
 * The criteria a person is scored on: all of A and B, and C only for specialists (SPEC 3.3), in catalogue order.
 * @example applicableCriteria(false).length // 24
 */
export function applicableCriteria(specialist: boolean, catalogue: readonly Criterion[] = NOS_CATALOGUE): Criterion[] {
  return catalogue.filter((c) => c.standard !== 'C' || specialist);
}

/**
 * Target rating per applicable criterion: a Targets-sheet override by criterion beats one by standard, which beats the default (SPEC 2.2,
 * 3.3). When two overrides of the same kind match, the later one (lower on the sheet) wins.
 * @example targetsFor(2, false, NOS_CATALOGUE, [{ level: 2, standard: 'A', criterion: null, target: 4 }]).A1 // 4
 */
export function targetsFor(
  level: LsaLevel,
  specialist: boolean,
  catalogue: readonly Criterion[] = NOS_CATALOGUE,
  overrides: readonly TargetOverride[] = NO_OVERRIDES,
): Record<CriterionCode, number> {
  // Every person of a level shares one target set: build it once per catalogue, overrides list, level and specialism.
  // Sets are frozen because they are shared; parsed overrides are never changed after parsing.
  let byCatalogue = MEMO.get(catalogue);
  if (byCatalogue === undefined) MEMO.set(catalogue, (byCatalogue = new WeakMap()));
  const key = overrides.length === 0 ? NO_OVERRIDES : overrides;
  let sets = byCatalogue.get(key);
  if (sets === undefined) byCatalogue.set(key, (sets = []));
  // Asked twice per person: an array slot per level and specialism, no key string.
  const slot = level * 2 + (specialist ? 1 : 0);
  let targets = sets[slot];
  if (targets === undefined) {
    targets = Object.freeze(buildTargets(level, specialist, catalogue, overrides)) as Record<CriterionCode, number>;
    sets[slot] = targets;
  }
  return targets;
}

const NO_OVERRIDES: readonly TargetOverride[] = Object.freeze([]);
const MEMO = new WeakMap<object, WeakMap<object, (Record<CriterionCode, number> | undefined)[]>>();

function buildTargets(
  level: LsaLevel,
  specialist: boolean,
  catalogue: readonly Criterion[],
  overrides: readonly TargetOverride[],
): Record<CriterionCode, number> {
  const byStandard = new Map<Standard, number>();
  const byCriterion = new Map<CriterionCode, number>();
  for (const o of overrides) {
    if (o.level !== level) continue;
    const code = o.criterion === null ? null : normaliseCriterionCode(o.criterion);
    if (code !== null) byCriterion.set(code, o.target);
    else if (o.criterion === null && o.standard !== null) byStandard.set(o.standard, o.target);
  }
  const targets: Record<CriterionCode, number> = {};
  for (const c of applicableCriteria(specialist, catalogue)) {
    targets[c.code] = byCriterion.get(c.code) ?? byStandard.get(c.standard) ?? DEFAULT_TARGETS[level][c.standard];
  }
  return targets;
}

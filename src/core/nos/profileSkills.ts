import type { TargetOverride } from './targetOverride';
import type { Criterion, CriterionCode } from '../criterion';
import { gapScore, gapScoreOnly } from './gapScore';
import { NOS_CATALOGUE } from './nosCatalogue';
import type { Rating } from '../rating';
import type { RatingDisagreement, SkillsProfile } from './skillsProfile';
import type { LsaLevel, StaffMember } from '../staffMember';
import { applicableCriteria, isSpecialist, targetsFor } from './targets';

// SPEC 3.3: no level recorded is scored at level 2 (the caller reports it in Audit Issues).
const DEFAULT_LEVEL: LsaLevel = 2;
// SPEC 3.4: ready for the next level at coverage >= 80 and a gap score <= 10 against its targets.
const READY_COVERAGE = 80;
const READY_GAP = 10;

/** SPEC 3.2: self and manager ratings 2 or more apart, over every catalogue criterion rated both ways. */
function disagreements(member: StaffMember, catalogue: readonly Criterion[]): RatingDisagreement[] {
  const found: RatingDisagreement[] = [];
  // Indexed: for...of here made an iterator result per criterion, a tenth of the audit's garbage.
  for (let i = 0; i < catalogue.length; i++) {
    const c = catalogue[i];
    const self = member.selfRatings[c.code];
    const manager = member.managerRatings[c.code];
    if (self !== undefined && manager !== undefined && Math.abs(self - manager) >= 2) {
      found.push({ code: c.code, self, manager });
    }
  }
  return found;
}

// The applicable codes depend only on the catalogue and the specialist flag: one frozen list each, shared by everyone.
const APPLICABLE = new WeakMap<readonly Criterion[], [CriterionCode[], CriterionCode[]]>();
function applicableCodes(specialist: boolean, catalogue: readonly Criterion[]): CriterionCode[] {
  let lists = APPLICABLE.get(catalogue);
  if (lists === undefined) {
    const codes = (s: boolean) => Object.freeze(applicableCriteria(s, catalogue).map((c) => c.code)) as CriterionCode[];
    lists = [codes(false), codes(true)];
    // Only a frozen catalogue can be shared: a caller may change another between calls.
    if (!Object.isFrozen(catalogue)) return lists[specialist ? 1 : 0];
    APPLICABLE.set(catalogue, lists);
  }
  return lists[specialist ? 1 : 0];
}

// Private, never handed out, so it can stay unfrozen: copying a frozen object takes V8's slow path.
const BLANK = new WeakMap<readonly CriterionCode[], Record<CriterionCode, null>>();
function blankRatings(codes: readonly CriterionCode[]): Record<CriterionCode, null> {
  let blank = BLANK.get(codes);
  if (blank === undefined) {
    blank = {};
    for (const code of codes) blank[code] = null;
    if (Object.isFrozen(codes)) BLANK.set(codes, blank);
  }
  return blank;
}

/**
 * One person's skills profile (SPEC 3.2-3.4): manager's rating scored over self's, targets for their level, readiness for the next.
 * @example profileSkills(member, NOS_CATALOGUE, []).gapScore // e.g. 12.5
 */
export function profileSkills(
  member: StaffMember,
  catalogue: readonly Criterion[] = NOS_CATALOGUE,
  overrides: readonly TargetOverride[] = [],
): SkillsProfile {
  const level = member.level ?? DEFAULT_LEVEL;
  const specialist = isSpecialist(member);
  const applicable = applicableCodes(specialist, catalogue);
  const targets = targetsFor(level, specialist, catalogue, overrides);
  // A copy of a blank record with every applicable code, filled in: adding 31 keys one by one grew the record in
  // steps, and that was the audit's largest allocation.
  const ratings: Record<CriterionCode, Rating | null> = { ...blankRatings(applicable) };
  const { managerRatings, selfRatings } = member;
  for (let i = 0; i < applicable.length; i++) {
    const code = applicable[i];
    ratings[code] = managerRatings[code] ?? selfRatings[code] ?? null;
  }
  const scores = gapScore(ratings, targets);
  let readyForNextLevel: boolean | null = null;
  if (level < 4) {
    const next = gapScoreOnly(ratings, targetsFor((level + 1) as LsaLevel, specialist, catalogue, overrides));
    readyForNextLevel = scores.coverage >= READY_COVERAGE && next !== null && next <= READY_GAP;
  }
  return {
    staffId: member.id,
    level,
    specialist,
    applicable,
    targets,
    ratings,
    ...scores,
    readyForNextLevel,
    toDiscuss: disagreements(member, catalogue),
  };
}

import type { CriterionCode, Standard } from '../criterion';
import type { Rating } from '../rating';
import type { Gap } from './skillsProfile';
import { percent1 } from '../_lib/percent1';

/** One person's scores against a set of targets (SPEC 3.4). */
export interface GapScoreResult {
  /** 100 x assessed / applicable, one decimal place; 0 when nothing is applicable. */
  coverage: number;
  /** 100 x sum(gap) / sum(target) over assessed criteria, one decimal place; null when nothing is assessed. */
  gapScore: number | null;
  gapByStandard: Record<Standard, number | null>;
  priorityGaps: Gap[];
  strengths: CriterionCode[];
}

const CODE = /^([ABC])(\d+)$/;
const STANDARD_INDEX: Record<Standard, number> = { A: 0, B: 1, C: 2 };


// Codes repeat across every person and call: parse each once.
const SPLIT = new Map<CriterionCode, { standard: Standard; number: number }>();
function split(code: CriterionCode): { standard: Standard; number: number } {
  let parts = SPLIT.get(code);
  if (parts === undefined) {
    const m = CODE.exec(code);
    if (!m) throw new Error(`Not a NOS criterion code: ${code}`); // targets are built from the catalogue
    parts = { standard: m[1] as Standard, number: Number(m[2]) };
    SPLIT.set(code, parts);
  }
  return parts;
}

function byCatalogueOrder(a: { standard: Standard; number: number }, b: { standard: Standard; number: number }): number {
  return STANDARD_INDEX[a.standard] - STANDARD_INDEX[b.standard] || a.number - b.number;
}

interface TargetEntry {
  code: CriterionCode;
  standard: Standard;
  number: number;
  target: number;
  /** The Gap for each whole rating 0-4 against this target, made on first use: every person with that gap shares it. */
  gaps: (Gap | undefined)[];
}

/** Whether the entries already run in catalogue order, so strengths need no sort. */
const IN_ORDER = new WeakMap<TargetEntry[], boolean>();

// Target sets are shared (the defaults are one frozen object per level): walk each one's keys once, not per person.
const ENTRIES = new WeakMap<object, TargetEntry[]>();
function criteriaOf(targets: Record<CriterionCode, number>): TargetEntry[] {
  let entries = ENTRIES.get(targets);
  if (entries === undefined) {
    entries = Object.keys(targets).map((code) => ({ code, ...split(code), target: targets[code], gaps: [] }));
    IN_ORDER.set(entries, entries.every((e, i) => i === 0 || byCatalogueOrder(entries![i - 1], e) < 0));
    // Only frozen sets are cached: a caller may change an unfrozen one between calls.
    if (Object.isFrozen(targets)) ENTRIES.set(targets, entries);
  }
  return entries;
}

// Gaps are read-only values: one frozen object per criterion, target and whole rating, shared by everyone who has it.
function gapOf(entry: TargetEntry, rating: Rating, gap: number): Gap {
  const shareable = Number.isInteger(rating) && rating >= 0 && rating <= 4;
  let g = shareable ? entry.gaps[rating] : undefined;
  if (g === undefined) {
    const { code, standard, number, target } = entry;
    g = Object.freeze({ code, standard, number, target, rating, gap, priority: gap >= 2 ? 'High' : 'Medium' }) as Gap;
    if (shareable) entry.gaps[rating] = g;
  }
  return g;
}

const byPriority = (a: Gap, b: Gap) => b.gap - a.gap || byCatalogueOrder(a, b);

/** Biggest gap first, then catalogue order. In place, by insertion: a person has a few dozen gaps at most, and
 * Array.prototype.sort's work copy was a tenth of the audit's garbage at 10,000 staff. */
function sortByPriority(gaps: Gap[]): Gap[] {
  for (let i = 1; i < gaps.length; i++) {
    const g = gaps[i];
    let j = i - 1;
    for (; j >= 0 && byPriority(gaps[j], g) > 0; j--) gaps[j + 1] = gaps[j];
    gaps[j + 1] = g;
  }
  return gaps;
}

/** SPEC 3.4: sums over assessed criteria only; targets that sum to 0 leave nothing to fall short of, so 0. */
function score(assessed: number, sumTarget: number, sumGap: number): number | null {
  if (assessed === 0) return null;
  return sumTarget > 0 ? percent1(sumGap, sumTarget) : 0;
}

/**
 * Coverage, gap score, gaps by standard, priority gaps and strengths of ratings against targets (SPEC 3.4).
 * The keys of `targets` are the applicable criteria; a missing or null rating is not assessed.
 * One pass over the criteria: this runs once per person and per custom-function call, so it stays allocation-light.
 * @example gapScore({ A1: 1, A2: 3, A3: null }, { A1: 3, A2: 3, A3: 3 }).gapScore // 33.3 (gap 2 of target 6)
 */
export function gapScore(
  ratings: Partial<Record<CriterionCode, Rating | null>>,
  targets: Record<CriterionCode, number>,
): GapScoreResult {
  // Per standard A, B, C: assessed count, sum of targets, sum of gaps.
  const count = [0, 0, 0];
  const sumT = [0, 0, 0];
  const sumG = [0, 0, 0];
  let applicable = 0;
  const gaps: Gap[] = [];
  const strong: TargetEntry[] = [];
  const entries = criteriaOf(targets);
  for (const entry of entries) {
    applicable++;
    const rating = ratings[entry.code];
    if (rating === null || rating === undefined) continue;
    const { standard, target } = entry;
    const gap = Math.max(0, target - rating);
    const i = STANDARD_INDEX[standard];
    count[i]++;
    sumT[i] += target;
    sumG[i] += gap;
    if (gap >= 1) gaps.push(gapOf(entry, rating, gap));
    if (rating === 4) strong.push(entry);
  }
  const priorityGaps = sortByPriority(gaps);
  if (IN_ORDER.get(entries) !== true) strong.sort(byCatalogueOrder);
  return {
    coverage: applicable === 0 ? 0 : percent1(count[0] + count[1] + count[2], applicable),
    gapScore: score(count[0] + count[1] + count[2], sumT[0] + sumT[1] + sumT[2], sumG[0] + sumG[1] + sumG[2]),
    gapByStandard: { A: score(count[0], sumT[0], sumG[0]), B: score(count[1], sumT[1], sumG[1]), C: score(count[2], sumT[2], sumG[2]) },
    priorityGaps,
    strengths: strong.map((c) => c.code),
  };
}

/**
 * Only the gap score of gapScore (same sums, same rounding), with no gap or strength lists: for readiness checks.
 * @example gapScoreOnly({ A1: 1, A2: 3, A3: null }, { A1: 3, A2: 3, A3: 3 }) // 33.3
 */
export function gapScoreOnly(ratings: Partial<Record<CriterionCode, Rating | null>>,
  targets: Record<CriterionCode, number>): number | null {
  let assessed = 0;
  let sumT = 0;
  let sumG = 0;
  for (const { code, target } of criteriaOf(targets)) {
    const rating = ratings[code];
    if (rating === null || rating === undefined) continue;
    assessed++;
    sumT += target;
    sumG += Math.max(0, target - rating);
  }
  return score(assessed, sumT, sumG);
}

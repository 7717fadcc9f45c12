import type { CriterionCode, Standard } from './criterion';
import type { Rating } from './rating';
import type { Gap } from './skillsProfile';
import { percent1 } from './_lib/percent1';

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
const STANDARDS: Standard[] = ['A', 'B', 'C'];

function split(code: CriterionCode): { standard: Standard; number: number } {
  const m = CODE.exec(code);
  if (!m) throw new Error(`Not a NOS criterion code: ${code}`); // targets are built from the catalogue
  return { standard: m[1] as Standard, number: Number(m[2]) };
}

function byCatalogueOrder(a: { standard: Standard; number: number }, b: { standard: Standard; number: number }): number {
  return a.standard.localeCompare(b.standard) || a.number - b.number;
}

/** SPEC 3.4: sums over assessed criteria only; targets that sum to 0 leave nothing to fall short of, so 0. */
function score(rows: { target: number; gap: number }[]): number | null {
  if (rows.length === 0) return null;
  const sumT = rows.reduce((s, r) => s + r.target, 0);
  const sumG = rows.reduce((s, r) => s + r.gap, 0);
  return sumT > 0 ? percent1(sumG, sumT) : 0;
}

/**
 * Coverage, gap score, gaps by standard, priority gaps and strengths of ratings against targets (SPEC 3.4).
 * The keys of `targets` are the applicable criteria; a missing or null rating is not assessed.
 * @example gapScore({ A1: 1, A2: 3, A3: null }, { A1: 3, A2: 3, A3: 3 }).gapScore // 33.3 (gap 2 of target 6)
 */
export function gapScore(
  ratings: Partial<Record<CriterionCode, Rating | null>>,
  targets: Record<CriterionCode, number>,
): GapScoreResult {
  const applicable = Object.keys(targets).map((code) => ({ code, ...split(code), target: targets[code] }));
  const assessed = applicable.flatMap((c) => {
    const rating = ratings[c.code];
    return rating === null || rating === undefined ? [] : [{ ...c, rating, gap: Math.max(0, c.target - rating) }];
  });
  const gapByStandard = Object.fromEntries(
    STANDARDS.map((s) => [s, score(assessed.filter((c) => c.standard === s))]),
  ) as Record<Standard, number | null>;
  const priorityGaps: Gap[] = assessed
    .filter((c) => c.gap >= 1)
    .sort((a, b) => b.gap - a.gap || byCatalogueOrder(a, b))
    .map(({ code, standard, number, target, rating, gap }) => ({
      code, standard, number, target, rating, gap, priority: gap >= 2 ? 'High' : 'Medium',
    }));
  return {
    coverage: applicable.length === 0 ? 0 : percent1(assessed.length, applicable.length),
    gapScore: score(assessed),
    gapByStandard,
    priorityGaps,
    strengths: assessed.filter((c) => c.rating === 4).sort(byCatalogueOrder).map((c) => c.code),
  };
}

import type { PdpObjective } from '../auditInput';
import type { CriterionCode } from '../criterion';
import { criteriaNamedIn } from '../nos/criterionSubjects';

/** The plan around one PDP objective (SPEC 3.6 v2): PDP Check's "Plan complete" and "Addresses a gap". */
export interface PlanCheck {
  /** "Yes", or "Missing: " and which of actions, resources, success criteria and review date are missing. */
  complete: string;
  /** The priority gaps the objective addresses (its NOS link, or a code or subject in its text). */
  addresses: CriterionCode[];
  /** true when it addresses one of the person's priority gaps, false when it addresses none; null when they have none. */
  addressesGap: boolean | null;
}

const blank = (v: string | null) => v === null || v.trim() === '';

/**
 * Checks the plan around an objective (CPD study notes: "each objective is linked to evidence: state how you will achieve
 * it, the resources needed, the success criteria, and a realistic review date"; objectives "explicitly link to
 * identified areas for growth").
 * @example planCheck(objective, ['A14']).addressesGap // true for "Attend record keeping training by June 2027"
 */
export function planCheck(objective: PdpObjective, priorityGaps: readonly CriterionCode[]): PlanCheck {
  const missing: string[] = [];
  if (blank(objective.actions)) missing.push('actions');
  if (blank(objective.resources)) missing.push('resources');
  if (blank(objective.successCriteria)) missing.push('success criteria');
  if (objective.reviewDate === null) missing.push('review date');
  const complete = missing.length === 0 ? 'Yes' : `Missing: ${missing.join(', ')}`;
  if (priorityGaps.length === 0) return { complete, addresses: [], addressesGap: null };
  const linked = priorityGaps.filter((code) => objective.nosLinks.some((l) => l.toUpperCase() === code.toUpperCase()));
  const named = criteriaNamedIn(objective.objective, priorityGaps.filter((code) => !linked.includes(code)));
  const addresses = [...linked, ...named];
  return { complete, addresses, addressesGap: addresses.length > 0 };
}

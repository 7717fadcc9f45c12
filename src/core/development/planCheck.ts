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

// "Plan complete" for each set of missing parts (a bit each: actions, resources, success criteria, review date).
const PARTS = ['actions', 'resources', 'success criteria', 'review date'];
const COMPLETE: readonly string[] = Array.from({ length: 16 }, (_, mask) => {
  const missing = PARTS.filter((_, i) => (mask & (1 << i)) !== 0);
  return missing.length === 0 ? 'Yes' : `Missing: ${missing.join(', ')}`;
});

/**
 * Checks the plan around an objective (CPD study notes: "each objective is linked to evidence: state how you will achieve
 * it, the resources needed, the success criteria, and a realistic review date"; objectives "explicitly link to
 * identified areas for growth").
 * @example planCheck(objective, ['A14']).addressesGap // true for "Attend record keeping training by June 2027"
 */
export function planCheck(objective: PdpObjective, priorityGaps: readonly CriterionCode[]): PlanCheck {
  const missing = (blank(objective.actions) ? 1 : 0) | (blank(objective.resources) ? 2 : 0)
    | (blank(objective.successCriteria) ? 4 : 0) | (objective.reviewDate === null ? 8 : 0);
  const complete = COMPLETE[missing];
  if (priorityGaps.length === 0) return { complete, addresses: [], addressesGap: null };
  if (objective.nosLinks.length === 0) {
    const addresses = criteriaNamedIn(objective.objective, priorityGaps);
    return { complete, addresses, addressesGap: addresses.length > 0 };
  }
  const linked = priorityGaps.filter((code) => objective.nosLinks.some((l) => l.toUpperCase() === code.toUpperCase()));
  const named = criteriaNamedIn(objective.objective, priorityGaps.filter((code) => !linked.includes(code)));
  const addresses = [...linked, ...named];
  return { complete, addresses, addressesGap: addresses.length > 0 };
}

import type { NeedCategory, SharedNeed } from './trainingNeed';

/** A training need counted across sites: how many staff have it at each site, and in all. */
export interface CommonNeed {
  need: string;
  category: NeedCategory;
  /** Staff with the need, per site, in the sites' order. */
  perSite: number[];
  staffCount: number;
  sites: number;
}

/**
 * The needs most common across sites, from each site's team training plan: most staff first, then most sites, then by name.
 * @example commonNeeds([planA, planB], 10)[0] // { need: 'Safeguarding (renew)', category: 'Compliance', perSite: [4, 2], staffCount: 6, sites: 2 }
 */
export function commonNeeds(plans: readonly (readonly SharedNeed[])[], limit: number): CommonNeed[] {
  const byKey = new Map<string, CommonNeed>();
  plans.forEach((plan, k) => {
    for (const shared of plan) {
      if (shared.staffCount === 0) continue; // a need everyone there has put off until later (SPEC 9.2)
      const key = `${shared.category}\u0000${shared.need}`;
      let n = byKey.get(key);
      if (!n) byKey.set(key, (n = { need: shared.need, category: shared.category, perSite: new Array<number>(plans.length).fill(0), staffCount: 0, sites: 0 }));
      if (n.perSite[k] === 0) n.sites++;
      n.perSite[k] += shared.staffCount;
      n.staffCount += shared.staffCount;
    }
  });
  return [...byKey.values()]
    .sort((a, b) => b.staffCount - a.staffCount || b.sites - a.sites || a.need.localeCompare(b.need))
    .slice(0, limit);
}

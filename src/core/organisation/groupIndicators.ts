import type { Indicator, IndicatorInput } from './indicator';
import { indicators } from './indicators';

/** One site's indicator input (its own staff rows, as its own audit judged them) and its indicators. */
export interface SiteIndicators {
  site: string;
  input: IndicatorInput;
  indicators: readonly Indicator[];
}

/** The group's indicator, and the sites left out of it because they have no data for it. */
export interface GroupIndicator {
  indicator: Indicator;
  /** Sites with no data for this indicator, not in its basis (empty when every site counts). */
  leftOut: string[];
}

// Each pooled person's CPD target, when the sites' targets differ (ids as pooled: "<site index>:<staff ID>"). A site is
// one workbook, so its own target is its Settings'.
function targetsBySite(sites: readonly SiteIndicators[]): Map<string, number> | undefined {
  const first = sites[0].input.settings.cpdTargetHours;
  if (sites.every((s) => s.input.settings.cpdTargetHours === first)) return undefined;
  const targets = new Map<string, number>();
  sites.forEach((s, k) => {
    for (const r of s.input.rows) targets.set(`${k}:${r.member.id}`, s.input.settings.cpdTargetHours);
  });
  return targets;
}

/** Every site's staff rows pooled; a field, sheet or list counts only when every pooled site has it (SPEC 3.11). */
function pooled(sites: readonly SiteIndicators[]): IndicatorInput {
  const [first] = sites;
  const rows = sites.flatMap((s, k) => s.input.rows.map((r) => ({ ...r, member: { ...r.member, id: `${k}:${r.member.id}` } })));
  const mappedFields = first.input.mappedFields.filter((f) => sites.every((s) => s.input.mappedFields.includes(f)));
  const everyNeeds = sites.every((s) => s.input.learnerNeeds !== null);
  const learners = new Map<string, number>();
  if (everyNeeds) for (const s of sites) for (const n of s.input.learnerNeeds ?? []) learners.set(n.need,
    (learners.get(n.need) ?? 0) + n.learners);
  // Built field by field (no spread), so a field added to IndicatorInput must be pooled here too: tsc asks for it.
  return {
    rows,
    mappedFields,
    learnerNeeds: everyNeeds ? [...learners].map(([need, n]) => ({ need, learners: n })) : null,
    pdpPresent: sites.every((s) => s.input.pdpPresent),
    cpd: sites.every((s) => s.input.cpd !== null)
      ? sites.flatMap((s, k) => (s.input.cpd ?? []).map((e) => ({ ...e, staffId: `${k}:${e.staffId}` })))
      : null,
    // SPEC 9.3: O23 needs every site's CPD log to carry a Reflection or Impact column, O24 every site's Observations sheet.
    cpdReflection: sites.every((s) => s.input.cpd !== null && s.input.cpdReflection === true),
    observations: sites.every((s) => s.input.observations != null)
      ? sites.flatMap((s, k) => (s.input.observations ?? []).map((o) => ({ ...o, staffId: `${k}:${o.staffId}` })))
      : null,
    // Settings that judge a person (renewals, the development budget) were applied by each site's own audit; the CPD
    // target is read again by O7 and O8, so each person keeps their own site's (cpdTargets); the rest are the first site's.
    settings: first.input.settings,
    cpdTargets: targetsBySite(sites),
  };
}

/**
 * The group's indicators, each computed over all the group's staff (not an average of the sites): every site's staff
 * rows pooled. Where a site has no data for an indicator (a column it does not keep), that indicator is computed over
 * the sites that have it, and the others are named as left out.
 * @example groupIndicators(sites)[0].indicator.basis // '7 of 10 staff' (O1 over three sites of 3, 4 and 3 staff)
 */
export function groupIndicators(sites: readonly SiteIndicators[]): GroupIndicator[] {
  if (sites.length === 0) return [];
  const cache = new Map<string, Indicator[]>();
  const over = (pool: readonly SiteIndicators[]): Indicator[] => {
    const key = pool.map((s) => s.site).join('\u0000');
    let got = cache.get(key);
    if (!got) cache.set(key, (got = indicators(pooled(pool))));
    return got;
  };
  const all = over(sites);
  return all.map((indicator, k) => {
    if (indicator.status !== 'No data') return { indicator, leftOut: [] };
    const withData = sites.filter((s) => s.indicators[k]?.status !== 'No data');
    if (withData.length === 0 || withData.length === sites.length) return { indicator, leftOut: [] };
    const leftOut = sites.filter((s) => !withData.includes(s)).map((s) => s.site);
    const partial = over(withData)[k];
    const note = `Over ${withData.length} of ${sites.length} sites: no data at ${leftOut.join(', ')}`;
    return { indicator: { ...partial, note: partial.note ? `${note}. ${partial.note}` : note }, leftOut };
  });
}

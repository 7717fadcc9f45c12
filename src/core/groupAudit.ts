import type { Audit } from './audit';
import { groupIndicators, type GroupIndicator } from './organisation/groupIndicators';
import type { IndicatorStatus } from './organisation/indicator';
import { commonNeeds, type CommonNeed } from './training/commonNeeds';

/** One site of a group: its name (the workbook's) and its own audit. */
export interface SiteAudit {
  site: string;
  audit: Audit;
}

/** A site whose workbook could not be audited, and why (one line for the user). */
export interface SiteFailure {
  site: string;
  reason: string;
}

/** A multi-site group's audit (SPEC 6, a group of workbooks): the sites side by side, and the group as a whole. */
export interface GroupAudit {
  organisation: string;
  auditDate: string;
  sites: SiteAudit[];
  failures: SiteFailure[];
  indicators: GroupIndicator[];
  needs: CommonNeed[];
  summary: { staffAudited: number; green: number; amber: number; red: number; noData: number; issues: number };
}

// The Group Summary lists this many of the most common needs.
const COMMON_NEEDS = 15;

/**
 * Puts the sites' audits side by side and works out the group's own indicators over all the group's staff.
 * @example groupAudit([{ site: 'North', audit: a }, { site: 'South', audit: b }], [], { organisation: 'Northgate Group', auditDate: '2026-09-01' }).summary.staffAudited
 */
export function groupAudit(sites: readonly SiteAudit[], failures: readonly SiteFailure[],
  group: { organisation: string; auditDate: string }): GroupAudit {
  const grouped = groupIndicators(sites.map(({ site, audit }) => ({
    site,
    indicators: audit.indicators,
    input: { rows: audit.staff, mappedFields: audit.input.mappedFields, learnerNeeds: audit.input.learnerNeeds,
      pdpPresent: audit.input.pdp.length > 0, cpd: audit.input.cpd, settings: audit.settings,
      cpdReflection: audit.input.cpdReflection ?? false, observations: audit.input.observations ?? null },
  })));
  const count = (status: IndicatorStatus) => grouped.filter((g) => g.indicator.status === status).length;
  let staffAudited = 0;
  let issues = 0;
  for (const s of sites) {
    staffAudited += s.audit.summary.staffAudited;
    issues += s.audit.summary.issues;
  }
  return {
    ...group,
    sites: [...sites],
    failures: [...failures],
    indicators: grouped,
    needs: commonNeeds(sites.map((s) => s.audit.sharedNeeds), COMMON_NEEDS),
    summary: { staffAudited, green: count('Green'), amber: count('Amber'), red: count('Red'), noData: count('No data'), issues },
  };
}

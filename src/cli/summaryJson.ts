import type { Audit } from '../core/audit';
import type { WrittenSheet } from '../xlsx/writeXlsx';
import type { MappingReport } from './mappingReport';

/**
 * The machine-readable summary printed by --json (also the golden-test format).
 * @example summaryJson(audit, written, report).summary.green
 */
export function summaryJson(audit: Audit, written: readonly WrittenSheet[], mapping: MappingReport) {
  return {
    summary: audit.summary,
    mapping,
    sheets: sheetsJson(written),
    indicators: audit.indicators.map((i) => ({ id: i.id, value: i.value, status: i.status, basis: i.basis })),
    staff: audit.staff.map(({ member, skills, qualifications, needs }) => ({
      id: member.id,
      name: member.name,
      coverage: skills.coverage,
      gapScore: skills.gapScore,
      priorityGaps: skills.priorityGaps.map((g) => g.code),
      readyForNextLevel: skills.readyForNextLevel,
      credits: qualifications.credits,
      l3Certificate: qualifications.l3Certificate.state,
      needs: needs.length,
    })),
    issues: audit.issues.length,
  };
}

/**
 * The sheets part of the --json summary: what was written where.
 * @example sheetsJson(written)[0] // { name: 'Audit Summary', rows: 24, action: 'create' }
 */
export function sheetsJson(written: readonly WrittenSheet[]) {
  return written.map((w) => ({ name: w.target, rows: w.rows, action: w.action }));
}

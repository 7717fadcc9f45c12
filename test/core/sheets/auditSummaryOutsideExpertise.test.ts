import type { Audit } from '../../../src/core/audit';
import { auditSummarySheet } from '../../../src/core/sheets/auditSummarySheet';
import { auditOf } from './_staffAudit';

// SPEC 9.2: the criteria nobody in the team can support are listed at the Audit Summary's foot (ELS report 2010, rec. 7).
describe('Audit Summary foot: outside expertise', () => {
  const audit = (outsideExpertise?: string[]): Audit => ({
    ...auditOf([]), indicators: [], outsideExpertise,
    summary: { organisation: 'X', auditDate: '2026-09-01', staffAudited: 0, green: 0, amber: 0, red: 0, noData: 0, issues: 0 },
  }) as Audit;
  const foot = (a: Audit) => (auditSummarySheet(a).notes ?? []).map((r) => r[0]).filter((v): v is string => typeof v === 'string');

  it('lists the criteria needing outside expertise, and cites the ELS report among the sources', () => {
    const lines = foot(audit(['A9', 'C5']));
    expect(lines[0]).toBe('Outside expertise needed (nobody in the team can support): A9, C5 (ELS report 2010, rec. 7)');
    expect(lines.join(' ')).toContain("ELS report 2010: O'Brien and O'Brien, Enhancement of Learning Support");
  });

  it('says nothing when the team can support every gap', () => {
    expect(foot(audit([])).some((l) => l.startsWith('Outside expertise'))).toBe(false);
  });
});

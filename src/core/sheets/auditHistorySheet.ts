import type { Audit } from '../audit';
import type { OutputSheet } from './outputSheet';

/**
 * One row for this run, appended by the adapters to the rows already there (SPEC 4: never replaced).
 * @example auditHistorySheet(audit, '2026-09-01T10:00').rows.length // 1
 */
export function auditHistorySheet(audit: Audit, runAt: string): OutputSheet {
  const s = audit.summary;
  return {
    name: 'Audit History',
    preamble: [],
    headers: ['Audit date', 'Run at', 'Staff', 'Green', 'Amber', 'Red', ...audit.indicators.map((i) => `${i.id} ${i.name}`)],
    rows: [[s.auditDate, runAt, s.staffAudited, s.green, s.amber, s.red, ...audit.indicators.map((i) => i.value)]],
    append: true,
    columnWidths: [12, 18, 8, 8, 8, 8, ...audit.indicators.map(() => 14)],
  };
}

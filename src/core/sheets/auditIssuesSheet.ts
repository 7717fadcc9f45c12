import type { Audit } from '../audit';
import type { OutputSheet } from './outputSheet';

export const AUDIT_ISSUES_HEADERS = ['Sheet', 'Row', 'Column', 'Staff ID', 'Problem', 'Value', 'Name', 'Severity'];

/**
 * Every data problem found, with the row number Excel shows (SPEC 7).
 * @example auditIssuesSheet(audit).headers[1] // 'Row'
 */
export function auditIssuesSheet(audit: Audit): OutputSheet {
  const rows = audit.issues.map((i) => [i.sheet, i.row, i.column, i.staffId, i.problem, i.value, i.name ?? null, i.severity]);
  return { name: 'Audit Issues', preamble: [], headers: AUDIT_ISSUES_HEADERS, rows, columnWidths: [16, 7, 22, 10, 60, 30, 22, 10] };
}

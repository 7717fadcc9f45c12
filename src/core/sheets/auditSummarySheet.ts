import type { Audit } from '../audit';
import type { OutputSheet } from './outputSheet';
import { statusStyle } from './_palette';
import { StyleGrid } from './_lib/styleGrid';

export const AUDIT_SUMMARY_HEADERS = ['Indicator ID', 'Indicator', 'Value', 'Target', 'Status', 'Basis', 'Recommendation', 'Source', 'Note'];

/**
 * The one-page Audit Summary for inspection: a header block, then one row per indicator (SPEC 4).
 * @example auditSummarySheet(audit).rows[0][0] // 'O1'
 */
export function auditSummarySheet(audit: Audit): OutputSheet {
  const s = audit.summary;
  const styles = new StyleGrid();
  const rows = audit.indicators.map((ind, r) => {
    const style = statusStyle(ind.status);
    if (style) styles.set(r, 4, style);
    return [ind.id, ind.name, ind.value, ind.target, ind.status, ind.basis, ind.status === 'Green' ? null : ind.recommendation, ind.source, ind.note];
  });
  return {
    name: 'Audit Summary',
    preamble: [
      ['LSA Workforce Audit'],
      ['Organisation', s.organisation || 'Not set (add it on a Settings sheet)'],
      ['Audit date', s.auditDate],
      ['Staff audited', s.staffAudited],
      ['Green', s.green],
      ['Amber', s.amber],
      ['Red', s.red],
      ['No data', s.noData],
      ['Data issues', s.issues],
      [],
    ],
    headers: AUDIT_SUMMARY_HEADERS,
    rows,
    styles,
    columnWidths: [12, 34, 10, 22, 10, 18, 60, 30, 40],
    print: { landscape: true, fitToWidth: true },
  };
}

import type { Audit } from '../audit';
import type { AuditIssue } from '../auditIssue';
import { excelDate } from './excelDate';
import { DATE_FORMAT, type OutputSheet, type OutputValue } from './outputSheet';
import { StyleGrid } from './_lib/styleGrid';

export const AUDIT_ISSUES_HEADERS = ['Sheet', 'Row', 'Column', 'Staff ID', 'Problem', 'Value', 'Name', 'Severity', 'Code'];

/** Sheet by name, then row (issues with no row last in their sheet), keeping the order found within a row. */
function byPlace(a: AuditIssue, b: AuditIssue): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  return (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER);
}

/**
 * Every data problem found, with the row number Excel shows (SPEC 7), sorted by sheet then row (SPEC 4). A date value
 * is echoed as the date the user saw (a real date, dd/mm/yyyy), not as ISO text. Code, last, is the issue's stable code
 * (docs/rules.md), for filtering and for tools; SPEC 4 lets more columns follow the named ones.
 * @example auditIssuesSheet(audit).headers[1] // 'Row'
 */
export function auditIssuesSheet(audit: Audit): OutputSheet {
  const styles = new StyleGrid();
  const rows = [...audit.issues].sort(byPlace).map((i, r): OutputValue[] => {
    // SPEC 4.2: a real date cell is echoed as a date; a date typed as text is echoed as the user typed it.
    const date = i.value === null || i.valueIsDate !== true ? null : excelDate(i.value);
    if (date !== null) styles.set(r, 5, { numberFormat: DATE_FORMAT });
    return [i.sheet, i.row, i.column, i.staffId, i.problem, date ?? i.value, i.name ?? null, i.severity, i.code];
  });
  return { name: 'Audit Issues', preamble: [], headers: AUDIT_ISSUES_HEADERS, rows, styles, columnWidths: [14, 6, 18, 10, 54, 20, 20, 9, 20] };
}

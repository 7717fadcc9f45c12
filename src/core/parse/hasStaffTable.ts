import type { AuditInput } from '../auditInput';

/**
 * False when parseWorkbook found no staff table (the CLI exits 3): the mapping then has header row 0 and the first issue says why.
 * @example hasStaffTable(parseWorkbook({ sheets: [] }, { auditDate: '2025-03-31' })) // false
 */
export function hasStaffTable(input: AuditInput): boolean {
  return input.mapping.headerRow > 0;
}

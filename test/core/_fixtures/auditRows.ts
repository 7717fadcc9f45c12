// Whole-pipeline helpers for the issue 11 reading tests: a staff sheet in, the audit out.
import type { CellValue } from '../../../src/core/cells/cellValue';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import type { RawSheet } from '../../../src/core/cells/rawWorkbook';
import { runAudit } from '../../../src/core/runAudit';

export const AUDIT_DATE = '2026-09-01';

/** All 24 A and B criteria rated `r` (so coverage is 100 for a non-specialist). */
export const AB = [...Array.from({ length: 17 }, (_, i) => `A${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`)];

export function auditRows(header: (string | null)[], rows: CellValue[][], extra: RawSheet[] = []) {
  const raw = { sheets: [{ name: 'Staff', firstRow: 1, firstColumn: 1, rows: [header, ...rows] }, ...extra] };
  const input = parseWorkbook(raw, { auditDate: AUDIT_DATE });
  return runAudit(input, NOS_CATALOGUE);
}

export function indicator(audit: ReturnType<typeof auditRows>, id: string) {
  return audit.indicators.find((i) => i.id === id)!;
}

import fc from 'fast-check';
import { auditToSheets } from '../../src/core/auditToSheets';
import { AUDIT_ISSUE_CODES, type AuditIssueCode } from '../../src/core/auditIssueCode';
import type { CellValue } from '../../src/core/cells/cellValue';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { cellText, isFilled } from '../../src/core/parse/_lib/cellText';
import { hasStaffTable } from '../../src/core/parse/hasStaffTable';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { arbitraryWorkbook, type GeneratedWorkbook } from '../_lib/arbitraryWorkbook';

const CODES = new Set(Object.keys(AUDIT_ISSUE_CODES));

/** The name the engine should read from a row: the Name cell, or first name + surname, as trimmed text. */
function expectedName(g: GeneratedWorkbook, cells: CellValue[]): string | null {
  const parts = g.nameColumns.map((c) => cellText(cells[c])).filter((p): p is string => p !== null);
  return parts.length ? parts.join(' ') : null;
}

function runPipeline(g: GeneratedWorkbook) {
  const input = parseWorkbook(g.raw, { auditDate: '2025-03-31' });
  const audit = runAudit(input, NOS_CATALOGUE);
  const sheets = auditToSheets(audit, { runAt: '2025-03-31 09:00', catalogue: NOS_CATALOGUE });
  return { input, audit, sheets };
}

describe('the whole pipeline on generated workbooks (SPEC 7)', () => {
  test('never throws, and every row with a name is in the Skills Profile or in Audit Issues', () => {
    fc.assert(
      fc.property(arbitraryWorkbook, (g) => {
        const { input, audit, sheets } = runPipeline(g);
        expect(hasStaffTable(input)).toBe(true);
        expect(input.mapping.headerRow).toBe(g.firstDataRow - 1);
        const profile = sheets.find((s) => s.name === 'Skills Profile')!;
        const issues = sheets.find((s) => s.name === 'Audit Issues')!;
        // Skills Profile rows follow audit.staff one to one; the member's row is the Excel row it came from.
        expect(profile.rows).toHaveLength(audit.staff.length);
        const profiled = new Map<number, string>();
        audit.staff.forEach((s, i) => {
          if (s.member.sheet === g.staffSheet) profiled.set(s.member.row, String(profile.rows[i][1]));
        });
        const reported = new Set(issues.rows.filter((r) => r[0] === g.staffSheet).map((r) => r[1]));
        g.dataRows.forEach((cells, i) => {
          const excelRow = g.firstDataRow + i;
          const name = expectedName(g, cells);
          if (name !== null) {
            const inProfile = profiled.get(excelRow) === name;
            if (!inProfile && !reported.has(excelRow)) throw new Error(`row ${excelRow} (${JSON.stringify(name).slice(0, 60)}) is in neither sheet`);
          } else if (cells.some(isFilled)) {
            expect(reported.has(excelRow)).toBe(true);
          }
        });
        for (const row of issues.rows) expect(String(row[5] ?? '').length).toBeLessThanOrEqual(201);
        // Issue 19: every issue carries a code from the table, shown in the sheet's last column.
        for (const row of issues.rows) expect(CODES.has(row[row.length - 1] as AuditIssueCode)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('a workbook without a staff table is reported, not thrown', () => {
    fc.assert(
      fc.property(arbitraryWorkbook, (g) => {
        const raw = { sheets: g.raw.sheets.filter((s) => s.name !== g.staffSheet) };
        const input = parseWorkbook(raw, { auditDate: '2025-03-31' });
        if (hasStaffTable(input)) return; // an optional sheet with Staff ID + Name can stand in for the staff table
        expect(input.issues[0].code).toBe('no-staff-table');
        expect(() => auditToSheets(runAudit(input, NOS_CATALOGUE), { runAt: '2025-03-31 09:00', catalogue: NOS_CATALOGUE })).not.toThrow();
      }),
      { numRuns: 50 },
    );
  });
});

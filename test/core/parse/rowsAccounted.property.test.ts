import fc from 'fast-check';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { cellText } from '../../../src/core/parse/_lib/cellText';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { runAudit } from '../../../src/core/runAudit';
import { anyCell } from '../../_lib/arbitraryWorkbook';

const AUDIT = '2026-09-01';
const HEADER = ['Staff ID', 'Name', 'Grade', 'Hrs/wk', 'Specialisms', 'Qualifications', 'Leaving date', 'A1 - High quality learning support', 'Safeguarding', 'First Aid Expiry'];

// The shapes SPEC 2.1 (v2) names, mixed with anything at all.
const name = fc.oneof(
  { arbitrary: fc.constantFrom('Ann Lee', 'Bob Khan', 'Summer Jones', 'Count Basie', 'Total staff', 'TOTAL', 'Grand total: 12', 'Subtotal', 'Average', 'Mean hours', 'Sum', 'n/a', '-', '?', '  '), weight: 5 },
  { arbitrary: anyCell, weight: 2 },
);
const leaving = fc.oneof(
  { arbitrary: fc.constantFrom(null, '31/07/2026', '2026-09-01', '2026-09-02', '31/12/2027', 'n/a', 'No', 'Yes', 'soon', 45000, 47000), weight: 5 },
  { arbitrary: anyCell, weight: 1 },
);
const cell = (values: CellValue[]) => fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 4 }, { arbitrary: anyCell, weight: 1 });
const row = fc.tuple(
  cell(['S1', 'S2', 'Total', null, 'n/a']), name, cell(['LSA 4', 'Level 3', 'Grade 2', 2, null, 'n/a']), cell([37, '22.5 hrs', null, '-']),
  cell(['n/a', 'None', 'Autism; BSL', 'ASD/ADHD', null]), cell(['Level 3 Certificate in Learning Support (in progress)', 'NVQ 2; Working towards NVQ 3', null]),
  leaving, cell(['3 - Competent', 'Comp', 'NY', '3 - Developing', 4, null]), cell(['Yes', '2025-10-01', null, 'No']), cell(['2027-01-31', null, 'n/a']),
).map((r) => r as CellValue[]);

describe('every row with a name is profiled or listed (SPEC 2.1 v2, 7)', () => {
  test('as a person audited, a leaver, a summary row or an issue; leavers and summary rows are never audited', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const raw = { sheets: [{ name: 'Staff', firstRow: 1, firstColumn: 1, rows: [HEADER, ...rows] }] };
        const input = parseWorkbook(raw, { auditDate: AUDIT });
        const audit = runAudit(input, NOS_CATALOGUE);
        const audited = new Set(audit.staff.map((s) => s.member.row));
        const left = new Set(input.leavers.map((l) => l.row));
        const listed = new Set(audit.issues.filter((i) => i.sheet === 'Staff').map((i) => i.row));
        rows.forEach((cells, i) => {
          const excelRow = i + 2;
          if (cellText(cells[1]) === null) return;
          if (!audited.has(excelRow) && !left.has(excelRow) && !listed.has(excelRow)) throw new Error(`row ${excelRow} ${JSON.stringify(cells[1])} is nowhere`);
        });
        for (const l of input.leavers) {
          expect(audited.has(l.row)).toBe(false);
          expect(l.leavingDate <= AUDIT).toBe(true);
          expect(audit.issues).toContainEqual(expect.objectContaining({ row: l.row, severity: 'Info', code: 'leaver-not-audited' }));
        }
        for (const s of audit.staff) {
          expect(s.member.leavingDate === null || s.member.leavingDate > AUDIT).toBe(true);
          expect(/^(total|totals|grand total|subtotal|count|sum|average|mean)\b/i.test(s.member.name)).toBe(false);
        }
        for (const issue of audit.issues) expect(['Error', 'Warning', 'Info']).toContain(issue.severity);
      }),
      { numRuns: 300 },
    );
  });
});

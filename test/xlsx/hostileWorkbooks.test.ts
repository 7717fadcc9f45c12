import * as path from 'path';
import ExcelJS from 'exceljs';
import { auditToSheets } from '../../src/core/auditToSheets';
import type { CellValue } from '../../src/core/cells/cellValue';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { hasStaffTable } from '../../src/core/parse/hasStaffTable';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import type { RawWorkbook } from '../../src/core/cells/rawWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { readWorkbookFile } from '../../src/xlsx/readXlsx';
import { writeAuditWorkbook } from '../../src/xlsx/writeXlsx';
import { useTempDir } from './_lib/tempDir';

const dir = useTempDir();
const AS_OF = { auditDate: '2026-09-01', auditDateExplicit: true };

/** Writes a workbook built by `build`, runs the CLI's pipeline on it, and reads the output back. */
async function throughPipeline(name: string, build: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Staff'));
  const input = path.join(dir(), `${name}.xlsx`);
  await wb.xlsx.writeFile(input);
  const read = await readWorkbookFile(input);
  const parsed = parseWorkbook(read.raw, AS_OF);
  const audit = runAudit(parsed, NOS_CATALOGUE);
  const out = path.join(dir(), `${name}-audit.xlsx`);
  await writeAuditWorkbook(input, out, auditToSheets(audit, { runAt: '2026-09-01 10:00', catalogue: NOS_CATALOGUE }), { read });
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  return { parsed, audit, back };
}

describe('large and hostile workbooks complete within bounds', () => {
  it('finds a header row at row 500 under a title and blank rows', async () => {
    const { parsed, audit } = await throughPipeline('row500', (ws) => {
      ws.getCell('A1').value = 'Learning support team';
      ws.getRow(500).values = ['Staff ID', 'Name', 'LSA level'];
      ws.getRow(501).values = ['S1', 'Ann Lee', 2];
      ws.getRow(502).values = ['S2', 'Bob Roy', 3];
    });
    expect(parsed.mapping.headerRow).toBe(500);
    expect(audit.staff.map((s) => [s.member.row, s.member.name])).toEqual([[501, 'Ann Lee'], [502, 'Bob Roy']]);
  });

  it('audits a staff table 16,384 columns wide (A to XFD)', async () => {
    const { parsed, audit, back } = await throughPipeline('xfd', (ws) => {
      const header = ['Staff ID', 'Name', 'LSA level', ...Array.from({ length: 16384 - 3 }, (_, i) => `Extra ${i + 4}`)];
      ws.getRow(1).values = header;
      ws.getRow(2).values = ['S1', 'Ann Lee', 2];
      ws.getCell('XFD2').value = 'far right';
    });
    expect(hasStaffTable(parsed)).toBe(true);
    expect(audit.staff.map((s) => s.member.name)).toEqual(['Ann Lee']);
    expect(back.getWorksheet('Staff')!.getCell('XFD2').value).toBe('far right');
  });

  it('refuses cleanly a sheet whose used block passes 25 million cells (1,600 rows under a cell in XFD)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Staff');
    ws.getRow(1).values = ['Staff ID', 'Name', 'LSA level'];
    for (let r = 2; r <= 1600; r++) ws.getRow(r).values = [`S${r}`, `Person ${r}`, 2];
    ws.getCell('XFD1').value = 'note';
    const input = path.join(dir(), 'too-wide.xlsx');
    await wb.xlsx.writeFile(input);
    await expect(readWorkbookFile(input)).rejects.toMatchObject({ kind: 'too-large', message: expect.stringMatching(/^Cannot read "too-wide.xlsx": [^\n]+$/) });
  });

  it('keeps a 32,767-character cell whole in the Skills Profile and cuts it in Audit Issues', async () => {
    const long = 'x'.repeat(32767);
    const { audit, back } = await throughPipeline('long', (ws) => {
      ws.getRow(1).values = ['Staff ID', 'Name', 'Job title', 'LSA level', 'A1'];
      ws.getRow(2).values = ['S1', 'Ann Lee', long, 2, long];
    });
    expect(audit.staff[0].member.jobTitle).toBe(long);
    const profile = back.getWorksheet('Skills Profile')!;
    expect(String(profile.getCell('C2').value)).toBe(long);
    const issues = back.getWorksheet('Audit Issues')!;
    const ratingIssue = issues.getSheetValues().find((r) => Array.isArray(r) && r[3] === 'A1') as ExcelJS.CellValue[];
    expect(String(ratingIssue[6]).length).toBeLessThanOrEqual(201);
  });

  it('audits 100,000 staff rows in memory (parse, audit, sheets)', () => {
    const rows: CellValue[][] = [['Staff ID', 'Name', 'Job title', 'LSA level', 'A1', 'A2', 'B1', 'C1', 'Specialisms']];
    for (let i = 0; i < 100_000; i++) rows.push([`S${i}`, `Person ${i}`, 'LSA', (i % 4) + 1, i % 5, (i + 1) % 5, (i + 2) % 5, i % 3, i % 7 ? null : 'autism']);
    const raw: RawWorkbook = { sheets: [{ name: 'Staff', firstRow: 1, firstColumn: 1, rows }] };
    const audit = runAudit(parseWorkbook(raw, AS_OF), NOS_CATALOGUE);
    const sheets = auditToSheets(audit, { runAt: '2026-09-01 10:00', catalogue: NOS_CATALOGUE });
    expect(audit.staff).toHaveLength(100_000);
    expect(sheets.find((s) => s.name === 'Skills Profile')!.rows).toHaveLength(100_000);
  }, 600_000);
});

import * as path from 'path';
import ExcelJS from 'exceljs';
import { auditToSheets } from '../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { readWorkbookFile } from '../../src/xlsx/readXlsx';
import { writeAuditWorkbook } from '../../src/xlsx/writeXlsx';
import { cellOut } from '../../src/xlsx/_lib/cellOut';
import { sheetRows } from '../../src/core/sheets/sheetRows';
import { useTempDir } from './_lib/tempDir';

const dir = useTempDir();
const PREFIXES = ['=', '+', '-', '@', '\t', '\r'];
let n = 0;
/** Text starting with each risky character in turn; a trimmed \t or \r still leaves a formula-like "=..." behind. */
const risky = (text: string): string => `${PREFIXES[n++ % PREFIXES.length]}=${text}`;
const DANGER = /^[=+\-@\t\r]/;

async function hostileWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const staff = wb.addWorksheet('Staff');
  staff.addRow(['Staff ID', 'Name', 'Job title', 'LSA level', 'Specialisms', 'Qualifications', 'QCF units', 'Mentor', 'Contract', 'Career aspiration', 'A1', 'B1', 'Start date']);
  for (let i = 0; i < 6; i++) {
    staff.addRow([risky(`ID${i}`), risky(`HYPERLINK("http://x.example","Ann ${i}")`), risky('SUM(A1:A9)'), i % 2 ? 2 : 3, `${risky('cmd|calc')}; autism`,
      risky('Level 3 Certificate'), risky('Unit 1'), risky('Bob'), risky('Permanent'), risky('teaching'), i % 5, risky('x'), risky('2024-01-01')]);
  }
  staff.addRow([risky('dup'), null, risky('no name'), 2]);
  const ids = Array.from({ length: 6 }, (_, i) => staff.getCell(i + 2, 1).value);
  wb.addWorksheet('PDP').addRows([['Staff ID', 'Objective', 'Success criteria', 'Review date', 'NOS link'], ...ids.map((id) => [id, risky('improve signing'), risky('observed'), '2026-12-01', 'A1'])]);
  wb.addWorksheet('Units').addRows([['Staff ID', 'Unit title', 'Credits'], ...ids.map((id) => [id, risky('Approaches to learning'), 3])]);
  wb.addWorksheet('CPD log').addRows([['Staff ID', 'Date', 'Activity', 'Hours', 'Type', 'Reflection', 'Impact'],
    ...ids.map((id) => [id, '2026-05-01', risky('WEBSERVICE("http://x")'), 3, risky('training'), risky('I felt unsure because'), risky('next time I will')])]);
  // SPEC 9.3: the Reflection Check echoes entries and activities; an overdue follow-up action becomes a need's text.
  wb.addWorksheet('Reflective log').addRows([['Staff ID', 'Date', 'Entry', 'CPD activity'], ...ids.map((id) => [id, '2026-05-02', risky('It went well because'), risky('Phonics')])]);
  wb.addWorksheet('Observations').addRows([['Staff ID', 'Date', 'Observer', 'Outcome', 'Follow-up action', 'Follow-up done'],
    ...ids.map((id) => [id, '2026-01-05', risky('J. Mills'), risky('Good'), risky('Use a word bank'), null])]);
  wb.addWorksheet('Settings').addRows([['Organisation', risky('Riverside College')]]);
  await wb.xlsx.writeFile(file);
}

describe('nothing it writes runs (SPEC 4): every output sheet stores risky text as text', () => {
  it('writes no formula on any output sheet, and every string written reads back as that string', async () => {
    const input = path.join(dir(), 'hostile.xlsx');
    const out = path.join(dir(), 'hostile-audit.xlsx');
    await hostileWorkbook(input);
    const read = await readWorkbookFile(input);
    const audit = runAudit(parseWorkbook(read.raw, { auditDate: '2026-09-01', auditDateExplicit: true }), NOS_CATALOGUE);
    const sheets = auditToSheets(audit, { runAt: '=NOW()', catalogue: NOS_CATALOGUE });
    const { written } = await writeAuditWorkbook(input, out, sheets, { read });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);

    expect(written.map((w) => w.output).sort()).toEqual(sheets.map((s) => s.name).sort());
    for (const sheet of sheets) {
      const ws = back.getWorksheet(written.find((w) => w.output === sheet.name)!.target)!;
      let cells = 0;
      ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
        cells++;
        expect({ sheet: sheet.name, cell: cell.address, formula: cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined })
          .toEqual({ sheet: sheet.name, cell: cell.address, formula: false });
      }));
      expect(cells).toBeGreaterThan(0);
      const top = sheetRows(sheet).headerRow + 1;
      // A form (Personal Plans) has no header row: its rows start where the header would be.
      const first = sheet.form ? top : top + 1;
      const grid = [...sheet.preamble.map((r, i) => ({ r, at: i + 1 })), ...(sheet.form ? [] : [{ r: sheet.headers, at: top }]), ...sheet.rows.map((r, i) => ({ r, at: first + i }))];
      let riskyCells = 0;
      for (const { r, at } of grid) {
        r.forEach((v, c) => {
          const expected = cellOut(v);
          if (typeof expected !== 'string') return;
          const cell = ws.getCell(at, c + 1);
          // An empty text is written as a blank cell, as the add-in's writes leave it (Excel keeps no empty text constant).
          if (expected === '') {
            expect({ sheet: sheet.name, cell: cell.address, value: cell.value }).toEqual({ sheet: sheet.name, cell: cell.address, value: null });
            return;
          }
          if (DANGER.test(expected)) riskyCells++;
          expect({ sheet: sheet.name, cell: cell.address, type: cell.type, value: cell.value })
            .toEqual({ sheet: sheet.name, cell: cell.address, type: ExcelJS.ValueType.String, value: expected.replace(/\r\n?/g, '\n') });
        });
      }
      // Every sheet that shows user text (and Audit History, through runAt) must have been tested with risky text.
      expect({ sheet: sheet.name, risky: riskyCells > 0 }).toEqual({ sheet: sheet.name, risky: true });
    }
  });
});

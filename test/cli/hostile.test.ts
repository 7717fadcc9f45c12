import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCliProcess } from '../_lib/runCliProcess';
import { buildZip, repeatedPart, workbookParts } from '../xlsx/_lib/buildZip';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-hostile-'));

function expectRefused(r: { code: number | null; stderr: string }, out: string, pattern: RegExp) {
  expect(r.code).toBe(3);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^lsa-audit: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(out)).toBe(false);
}

async function run(name: string, bytes: Buffer) {
  const input = path.join(dir, name);
  writeFileSync(input, bytes);
  const out = path.join(dir, `${name}.out.xlsx`);
  return { r: runCliProcess([input, '--out', out, '--as-of', '2026-09-01']), out };
}

describe('lsa-audit refuses files it cannot use: exit 3, one line, no output file', () => {
  it('a workbook with no staff table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').addRows([['Item', 'Cost'], ['Paper', 12]]);
    const { r, out } = await run('budget.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expectRefused(r, out, /No staff table found/);
  });

  it('a corrupt zip: a valid zip header followed by garbage', async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(8192, 0xa7)]);
    const { r, out } = await run('garbage.xlsx', bytes);
    expectRefused(r, out, /damaged or incomplete/);
  });

  it('a zip bomb: a small .xlsx whose sheet inflates to 300 MB', async () => {
    const sheet = 'xl/worksheets/sheet1.xml';
    const parts = await workbookParts((wb) => wb.addWorksheet('Staff').addRows([['Staff ID', 'Name'], ['S1', 'Ann Lee']]));
    const bomb = repeatedPart(sheet, '<worksheet><sheetData><row r="1">', '<c r="A1"/>', 300 * 1024 * 1024, '</row></sheetData></worksheet>');
    const { r, out } = await run('bomb.xlsx', buildZip(parts.map((p) => (p.name === sheet ? bomb : p))));
    expectRefused(r, out, /zip bomb/);
  });
});

import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { MAPPING_KEY } from '../../src/core/choices/savedMapping';
import { runCliProcess } from '../_lib/runCliProcess';
import { hrExport } from './_lib/hrExport';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-mapping-'));
let plain = '';
let saved = '';

interface Report {
  source: string;
  columns: { field: string; column: string; header: string; confidence: number }[];
  unused: { column: string; header: string }[];
  notFound: string[];
}

function mappingOf(args: string[]): Report {
  const r = runCliProcess([...args, '--show-mapping', '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { mapping: Report }).mapping;
}
const fieldAt = (m: Report, field: string) => m.columns.find((c) => c.field === field);

beforeAll(async () => {
  plain = path.join(dir, 'hr.xlsx');
  writeFileSync(plain, await hrExport());
  // The pane saved: column C (Tier) is the LSA level, column E (Notes) is ignored.
  saved = path.join(dir, 'hr-saved.xlsx');
  writeFileSync(saved, await hrExport({ [MAPPING_KEY]: JSON.stringify({ sheet: 'Staff', headerRow: 1, override: { 3: 'level', 4: '' } }) }));
});

describe('the column mapping, shown and corrected from the command line', () => {
  it('the run prints each field with its column letter, header and confidence, and the columns not used', () => {
    const r = runCliProcess([plain, '--out', path.join(dir, 'run.xlsx'), '--as-of', '2026-09-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Column mapping \(sheet "Staff", header row 1; found from the headers\)/);
    expect(r.stdout).toMatch(/Hours per week\s+D\s+"Weekly hours"\s+100%/);
    expect(r.stdout).toMatch(/Columns not used: C "Tier", E "Notes"\./);
    expect(r.stdout).toMatch(/Fields not found: .*LSA level/);
  });

  it('--show-mapping prints only the mapping, lists every rating column, and writes nothing', () => {
    const out = path.join(dir, 'hr-audit.xlsx');
    const r = runCliProcess([plain, '--show-mapping']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/NOS B1 \(self\)\s+H\s+"B1"/);
    expect(r.stdout).not.toMatch(/Wrote|Indicators/);
    expect(require('fs').existsSync(out)).toBe(false);
  });

  it('--map puts a field on the named column, and "FIELD=" takes it off the table', () => {
    const m = mappingOf([plain, '--map', 'LSA level=Tier', '--map', 'Hours per week=']);
    expect(fieldAt(m, 'level')).toMatchObject({ column: 'C', header: 'Tier', confidence: 1 });
    expect(fieldAt(m, 'hoursPerWeek')).toBeUndefined();
    expect(m.unused.map((u) => u.header)).toEqual(['Weekly hours', 'Notes']);
    expect(m.source).toMatch(/2 corrections from the command line/);
  });

  it('--map takes a column letter and a rating code', () => {
    const m = mappingOf([plain, '--map', 'level=C', '--map', 'A2 manager=E']);
    expect(fieldAt(m, 'level')).toMatchObject({ column: 'C' });
    expect(fieldAt(m, 'rating:A2:manager')).toMatchObject({ column: 'E', header: 'Notes' });
  });

  it('--mapping FILE.json reads the same corrections from a file; --map wins over it', () => {
    const file = path.join(dir, 'mapping.json');
    writeFileSync(file, JSON.stringify({ 'LSA level': 'Tier', Mentor: 'Notes' }));
    const m = mappingOf([plain, '--mapping', file, '--map', 'Mentor=']);
    expect(fieldAt(m, 'level')).toMatchObject({ column: 'C' });
    expect(fieldAt(m, 'mentor')).toBeUndefined();
  });

  it('the mapping the pane saved in the workbook is used, and the command line can override it', () => {
    const m = mappingOf([saved]);
    expect(m.source).toBe('the mapping saved in the workbook by the task pane');
    expect(fieldAt(m, 'level')).toMatchObject({ column: 'C', header: 'Tier' });
    const over = mappingOf([saved, '--map', 'LSA level=', '--map', 'Mentor=Tier']);
    expect(fieldAt(over, 'level')).toBeUndefined();
    expect(fieldAt(over, 'mentor')).toMatchObject({ column: 'C' });
    expect(over.source).toMatch(/saved in the workbook by the task pane, 2 corrections/);
  });

  it('the corrected mapping is the one audited: --json reports it with the audit, and the level is read from Tier', async () => {
    const r = runCliProcess([plain, '--out', path.join(dir, 'mapped.xlsx'), '--as-of', '2026-09-01', '--map', 'LSA level=Tier', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { mapping: Report; summary: { staffAudited: number } };
    expect(fieldAt(json.mapping, 'level')).toMatchObject({ column: 'C' });
    expect(json.summary.staffAudited).toBe(3);
    const without = JSON.parse(runCliProcess([plain, '--out', path.join(dir, 'unmapped.xlsx'), '--as-of', '2026-09-01', '--json']).stdout) as { mapping: Report };
    expect(fieldAt(without.mapping, 'level')).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'mapped.xlsx'));
    const profile = wb.getWorksheet('Skills Profile')!;
    const headerRow = profile.getRows(1, 20)!.find((row) => row.values.toString().includes('LSA level'))!;
    const levelColumn = (headerRow.values as unknown[]).indexOf('LSA level');
    const ann = profile.getRows(headerRow.number + 1, 5)!.find((row) => row.getCell(2).value === 'Ann Lee')!;
    expect(ann.getCell(levelColumn).value).toBe(3);
  });

  it('the settings the pane saved (organisation, audit date, CPD target) are used, and --org and --as-of win', () => {
    const file = path.join(dir, 'hr-settings.xlsx');
    return hrExport({ organisation: 'Pane College', auditDate: '2026-07-31', cpdTargetHours: '20' }).then((bytes) => {
      writeFileSync(file, bytes);
      const r = runCliProcess([file, '--out', path.join(dir, 'settings-audit.xlsx'), '--json']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/Settings saved in the workbook by the task pane: organisation, auditDate, cpdTargetHours/);
      expect(JSON.parse(r.stdout).summary).toMatchObject({ organisation: 'Pane College', auditDate: '2026-07-31' });
      const over = runCliProcess([file, '--out', path.join(dir, 'settings-audit2.xlsx'), '--json', '--org', 'Given College', '--as-of', '2026-09-01']);
      expect(JSON.parse(over.stdout).summary).toMatchObject({ organisation: 'Given College', auditDate: '2026-09-01' });
    });
  });

  it.each([
    [['--map', 'Shoe size=Tier'], /unknown field "Shoe size"/],
    [['--map', 'LSA level=Salary'], /no column headed "Salary" in row 1 of sheet "Staff"/],
    [['--map', 'LSA level'], /--map takes FIELD=HEADER/],
  ])('a bad correction %j is a usage error: exit 2, one line', (args, message) => {
    const r = runCliProcess([plain, '--show-mapping', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('a mapping file that is missing or not JSON exits 3; one of the wrong shape exits 2', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    const wrong = path.join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ 'LSA level': 3 }));
    expect(runCliProcess([plain, '--mapping', path.join(dir, 'none.json')]).code).toBe(3);
    expect(runCliProcess([plain, '--mapping', bad]).code).toBe(3);
    const r = runCliProcess([plain, '--mapping', wrong]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/must be a JSON object of field to header/);
  });
});

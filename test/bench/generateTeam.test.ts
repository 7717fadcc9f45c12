import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as ExcelJS from 'exceljs';
import { generateTeam } from '../../bench/generateTeam';
import { writeTeamXlsx } from '../../bench/_lib/writeTeamXlsx';
import { CRITERIA, STAFF_HEADERS } from '../../bench/_lib/teamColumns';

describe('generateTeam', () => {
  test('the same size and seed give the same workbook', () => {
    expect(generateTeam(300, 42)).toEqual(generateTeam(300, 42));
  });

  test('a different seed gives a different team', () => {
    expect(generateTeam(300, 42).sheets[0].rows).not.toEqual(generateTeam(300, 43).sheets[0].rows);
  });

  test('the staff sheet has a title row, a blank row, then every SPEC 2.1 column in the header row', () => {
    const staff = generateTeam(50, 1).sheets[0];
    expect(staff.firstRow).toBe(1);
    expect(staff.rows[1].every((v) => v === null)).toBe(true);
    expect(staff.rows[2]).toEqual(STAFF_HEADERS);
    for (const h of ['Staff ID', 'Name', 'LSA level', 'Specialisms', 'QCF units', 'Career aspiration', 'A1 manager', 'Equality and diversity', ...CRITERIA]) {
      expect(staff.rows[2]).toContain(h);
    }
  });

  test('one row per member of staff, plus a blank row after every 500', () => {
    const staff = generateTeam(1200, 1).sheets[0];
    const data = staff.rows.slice(3);
    expect(data.filter((r) => r.some((v) => v !== null))).toHaveLength(1200);
    expect(data.filter((r) => r.every((v) => v === null))).toHaveLength(2);
    expect(new Set(staff.rows.map((r) => r.length))).toEqual(new Set([STAFF_HEADERS.length]));
  });

  test('has all six optional sheets, joined by staff ID', () => {
    const wb = generateTeam(200, 1);
    expect(wb.sheets.map((s) => s.name)).toEqual(['LSA team', 'PDP', 'Units', 'CPD log', 'Learner needs', 'Targets', 'Settings']);
    const ids = new Set(wb.sheets[0].rows.slice(3).map((r) => r[0]));
    for (const name of ['PDP', 'Units', 'CPD log']) {
      const sheet = wb.sheets.find((s) => s.name === name)!;
      expect(sheet.rows.length).toBeGreaterThan(10);
      expect(sheet.rows.slice(1).every((r) => ids.has(r[0]))).toBe(true);
    }
  });

  test('mixes cell forms as real sheets do: dates, UK date text, rating labels, blanks and a few error values', () => {
    const cells = generateTeam(2000, 1).sheets[0].rows.slice(3).flat();
    expect(cells.some((v) => v instanceof Date)).toBe(true);
    expect(cells.some((v) => typeof v === 'string' && /^\d\d\/\d\d\/\d{4}$/.test(v))).toBe(true);
    expect(cells).toContain('Competent');
    expect(cells).toContain(null);
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'error' in v)).toBe(true);
  });

  test('the .xlsx holds the same sheets and rows as the in-memory workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsa-gen-'));
    try {
      const raw = generateTeam(100, 5);
      const file = join(dir, 'team.xlsx');
      await writeTeamXlsx(raw, file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(raw.sheets.map((s) => s.name));
      const ws = wb.getWorksheet('LSA team')!;
      expect(ws.getRow(3).values).toEqual([undefined, ...STAFF_HEADERS]);
      expect(ws.getCell('A4').value).toBe(raw.sheets[0].rows[3][0]);
      expect(ws.rowCount).toBe(raw.sheets[0].rows.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCliProcess } from '../_lib/runCliProcess';

// Three sites worked by hand on 1 September 2026 (reviews count within the last 12 months, SPEC 3.8 O1):
//   Alder: 3 staff, all reviewed in March 2026, all inducted          O1 3 of 3 = 100%  O3 3 of 3 = 100%
//   Birch: 4 staff, 1 reviewed in 2026, 3 in 2024, none inducted        O1 1 of 4 =  25%  O3 0 of 4 =   0%
//   Cedar: 3 staff, no Last review column, all inducted                 O1 No data         O3 3 of 3 = 100%
// The group over all its staff: O1 over the sites that keep reviews, 4 of 7 = 57.1% (the mean of 100 and 25 would be 62.5);
// O3 over all ten, 6 of 10 = 60% (the mean of the sites' 100, 0 and 100 would be 66.7).
const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-group-'));
const sites = path.join(dir, 'sites');
mkdirSync(sites);

async function site(name: string, reviews: (string | null)[] | null, inducted: boolean) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Team');
  ws.addRow(['Staff ID', 'Name', 'LSA level', 'Induction', ...(reviews ? ['Last review'] : []), 'A1', 'A2']);
  const n = reviews?.length ?? 3;
  for (let i = 0; i < n; i++) {
    ws.addRow([`${name[0]}${i + 1}`, `${name} person ${i + 1}`, 2, inducted ? 'Yes' : 'No', ...(reviews ? [reviews[i]] : []), 3, 2]);
  }
  await wb.xlsx.writeFile(path.join(sites, `${name}.xlsx`));
}

interface GroupJson {
  group: { staffAudited: number };
  sites: { site: string; staffAudited: number }[];
  failures: { site: string; reason: string }[];
  indicators: { id: string; group: { value: number | null; status: string; basis: string; leftOut: string[] }; sites: { site: string; value: number | null; status: string }[] }[];
  commonNeeds: { need: string; perSite: number[]; staffCount: number; sites: number }[];
}
let json: GroupJson;
let code: number | null;
let stdout = '';
const out = path.join(dir, 'group.xlsx');

beforeAll(async () => {
  await site('Alder', ['2026-03-01', '2026-03-02', '2026-03-03'], true);
  await site('Birch', ['2026-02-01', '2024-01-01', '2024-01-02', '2024-01-03'], false);
  await site('Cedar', null, true);
  writeFileSync(path.join(sites, 'Damaged.xlsx'), 'not a workbook');
  const r = runCliProcess(['group', sites, path.join(dir, 'Elm.xlsx'), '--out', out, '--as-of', '2026-09-01', '--org', 'Riverside Group', '--each', '--json']);
  code = r.code;
  stdout = r.stderr;
  json = JSON.parse(r.stdout) as GroupJson;
});

const indicator = (id: string) => json.indicators.find((i) => i.id === id)!;

describe('lsa-audit group: sites side by side, the group over all its staff', () => {
  it('audits every readable site, lists the others with their reason, and exits 0', () => {
    expect(code).toBe(0);
    expect(json.sites.map((s) => [s.site, s.staffAudited])).toEqual([['Alder', 3], ['Birch', 4], ['Cedar', 3]]);
    expect(json.group.staffAudited).toBe(10);
    expect(json.failures).toEqual([
      { site: 'Elm.xlsx', reason: 'the file does not exist' },
      { site: 'Damaged', reason: 'it is not an Excel workbook (.xlsx)' },
    ]);
  });

  it('shows progress per site', () => {
    expect(stdout).toMatch(/\[1\/4\] Alder: 3 staff/);
    expect(stdout).toMatch(/\[2\/4\] Birch: 4 staff/);
    expect(stdout).toMatch(/\[4\/4\] Damaged: not read/);
  });

  it('O1 is worked out over the staff of the sites that keep reviews (4 of 7), not the mean of the sites', () => {
    const o1 = indicator('O1');
    expect(o1.sites.map((s) => s.value)).toEqual([100, 25, null]);
    expect(o1.group).toMatchObject({ value: 57.1, basis: '4 of 7 staff', leftOut: ['Cedar'] });
  });

  it('O3 is worked out over all ten staff (6 of 10), not the mean of the sites', () => {
    const o3 = indicator('O3');
    expect(o3.sites.map((s) => s.value)).toEqual([100, 0, 100]);
    expect(o3.group).toMatchObject({ value: 60, basis: '6 of 10 staff', status: 'Red', leftOut: [] });
  });

  it('counts the most common training needs across the sites', () => {
    expect(json.commonNeeds.length).toBeGreaterThan(0);
    for (const n of json.commonNeeds) {
      expect(n.perSite.reduce((a, b) => a + b, 0)).toBe(n.staffCount);
      expect(n.sites).toBe(n.perSite.filter((x) => x > 0).length);
    }
    // Induction is a need at Birch only (4 staff not inducted).
    const induction = json.commonNeeds.find((n) => /induction/i.test(n.need));
    expect(induction?.perSite).toEqual([0, 4, 0]);
  });

  it('writes the Group Summary: a column per site and one for the group, values, statuses, and the sites not read', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Group Summary')!;
    const rows = Array.from(ws.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows).toContainEqual(['Organisation', 'Riverside Group']);
    expect(rows.some((r) => r[0] === 'Not read' && String(r[1]).startsWith('Damaged: '))).toBe(true);
    const headers = rows.find((r) => r[0] === 'Measure')!;
    expect(headers).toEqual(['Measure', 'Alder', 'Birch', 'Cedar', 'Group', 'Group basis']);
    expect(rows.find((r) => r[0] === 'Staff audited')!.slice(0, 5)).toEqual(['Staff audited', 3, 4, 3, 10]);
    const o1 = rows.find((r) => r[0] === 'O1 Performance review')!;
    expect(o1.slice(1, 5)).toEqual([100, 25, undefined, 57.1]);
    expect(String(o1[5])).toMatch(/4 of 7 staff; Over 2 of 3 sites: no data at Cedar/);
    const o3status = rows.find((r) => String(r[0]).startsWith('O3 status'))!;
    expect(o3status.slice(1, 5)).toEqual(['Green', 'Red', 'Green', 'Red']);
  });

  it('charts the Green, Amber and Red counts per site and for the group from the count rows', async () => {
    const JSZip = require('jszip');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml: string = await zip.file(charts[0]).async('string');
    // Header row 10 (eight preamble rows, a blank row): categories B10:E10 (three sites and the group); Green, Amber
    // and Red are the table's rows 2 to 4, sheet rows 12 to 14.
    expect(xml).toContain("'Group Summary'!$B$10:$E$10");
    for (const row of [12, 13, 14]) expect(xml).toContain(`'Group Summary'!$B$${row}:$E$${row}`);
  });

  it('--each writes each site\'s own audit beside its workbook; the next group run does not take them for sites', () => {
    for (const name of ['Alder', 'Birch', 'Cedar']) expect(existsSync(path.join(sites, `${name}-audit.xlsx`))).toBe(true);
    const again = runCliProcess(['group', sites, '--out', path.join(dir, 'again.xlsx'), '--as-of', '2026-09-01', '--json']);
    expect((JSON.parse(again.stdout) as GroupJson).sites.map((s) => s.site)).toEqual(['Alder', 'Birch', 'Cedar']);
  });

  it('with no readable site it exits 3 in one line', () => {
    const r = runCliProcess(['group', path.join(dir, 'Elm.xlsx'), path.join(sites, 'Damaged.xlsx'), '--out', path.join(dir, 'none.xlsx')]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('lsa-audit:'))).toHaveLength(1);
    expect(r.stderr).toMatch(/no site could be audited/);
    expect(existsSync(path.join(dir, 'none.xlsx'))).toBe(false);
  });
});

import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { AUDIT_ISSUES_HEADERS } from '../../src/core/sheets/auditIssuesSheet';
import { AUDIT_SUMMARY_HEADERS } from '../../src/core/sheets/auditSummarySheet';
import { QUALIFICATIONS_HEADERS } from '../../src/core/sheets/qualificationsSheet';
import { SKILLS_PROFILE_HEADERS } from '../../src/core/sheets/skillsProfileSheet';
import { TRAINING_NEEDS_HEADERS } from '../../src/core/sheets/trainingNeedsSheet';
import { PDP_CHECK_HEADERS } from '../../src/core/sheets/pdpCheckSheet';
import { REFLECTION_CHECK_HEADERS } from '../../src/core/sheets/reflectionCheckSheet';
import { TEAM_PLAN_HEADERS } from '../../src/core/sheets/teamTrainingPlanSheet';
import { parseCsv } from '../_lib/csv';
import { runCliProcess } from '../_lib/runCliProcess';

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
if (!soffice) console.warn('SKIPPED round trip through LibreOffice: soffice is not installed (CI installs libreoffice-calc-nogui).');
const maybe = soffice ? describe : describe.skip;

maybe('round trip: the CLI output read back by LibreOffice', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-roundtrip-'));
  const out = path.join(dir, 'audit.xlsx');
  let json: any;
  const sheets = new Map<string, string[][]>();

  beforeAll(() => {
    const r = runCliProcess(['assets/sample-team.xlsx', '--out', out, '--as-of', '2026-09-01', '--json']);
    expect(r.stderr).not.toMatch(/error|    at /i);
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout);
    // Filter token 12 = -1: every sheet to its own CSV; token 10 = false: values, not formulas.
    execFileSync(soffice!, [
      '--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir', dir, out,
    ], { stdio: 'pipe', timeout: 180_000 });
    for (const f of readdirSync(dir).filter((n) => n.startsWith('audit-') && n.endsWith('.csv'))) {
      sheets.set(f.slice('audit-'.length, -'.csv'.length), parseCsv(readFileSync(path.join(dir, f), 'utf8')));
    }
  });

  const headerRow = (sheet: string, first: string) => sheets.get(sheet)!.find((r) => r[0] === first) ?? [];

  it.each([
    ['Audit Summary', AUDIT_SUMMARY_HEADERS],
    ['Skills Profile', SKILLS_PROFILE_HEADERS],
    ['Training Needs', TRAINING_NEEDS_HEADERS],
    ['Team Training Plan', TEAM_PLAN_HEADERS],
    ['Qualifications', QUALIFICATIONS_HEADERS],
    ['PDP Check', PDP_CHECK_HEADERS],
    ['Reflection Check', REFLECTION_CHECK_HEADERS],
    ['Audit Issues', AUDIT_ISSUES_HEADERS],
    ['Workforce Profile', ['Section', 'Measure', 'Count', 'Percent']],
  ])('%s reads back with its exact headers', (sheet, headers) => {
    expect(headerRow(sheet, headers[0]).slice(0, headers.length)).toEqual(headers);
  });

  it('the Skills Matrix went to "Skills Matrix (2)" and the user sheet "Skills Matrix" survived', () => {
    const output = headerRow('Skills Matrix (2)', 'Staff ID');
    expect(output.slice(0, 2)).toEqual(['Staff ID', 'Name']);
    expect(output).toEqual(expect.arrayContaining(['A1', 'A2', 'C7']));
    // The user's own sheet is as they left it: nothing of the output's (its title, its header row) was written there.
    expect(sheets.get('Skills Matrix')![0][0]).not.toMatch(/^Skills Matrix:|^Staff ID$/);
    expect(headerRow('Skills Matrix', 'Staff ID')).toEqual([]);
  });

  it('the Audit Summary header block and indicator statuses match what the CLI reported', () => {
    const block = new Map(sheets.get('Audit Summary')!.map((r) => [r[0], r[1]]));
    expect(Number(block.get('Staff audited'))).toBe(json.summary.staffAudited);
    expect(Number(block.get('Green'))).toBe(json.summary.green);
    expect(Number(block.get('Red'))).toBe(json.summary.red);
    const rows = sheets.get('Audit Summary')!.filter((r) => /^O\d+$/.test(r[0]));
    expect(rows.map((r) => r[0])).toEqual(json.indicators.map((i: any) => i.id));
    expect(rows.map((r) => r[4])).toEqual(json.indicators.map((i: any) => i.status));
  });

  it('numbers read back as numbers and formula-like names as the text written', () => {
    const profile = sheets.get('Skills Profile')!;
    const header = headerRow('Skills Profile', 'Staff ID');
    for (const person of json.staff) {
      const row = profile.find((r) => r[0] === person.id && r[1] === person.name);
      expect(row).toBeDefined();
      const coverage = row![header.indexOf('Coverage %')];
      expect(Number(coverage)).toBeCloseTo(person.coverage, 5);
    }
    // The sample's "+Amy" would evaluate (or error) if it had been written as a formula.
    expect(profile.some((r) => r[1].startsWith('+Amy'))).toBe(true);
  });
});

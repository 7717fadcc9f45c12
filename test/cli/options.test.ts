import { spawnSync } from 'child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { ROOT, runCliProcess } from '../_lib/runCliProcess';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-options-'));
chmodSync(dir, 0o777);
const sample = path.join(ROOT, 'assets/sample-team.xlsx');
const isRoot = process.getuid?.() === 0;
// Root may write anywhere, so permission failures are tried as "nobody" (node runs a child as another user when root).
const NOBODY = { uid: 65534, gid: 65534 };
// As root, the project must be readable by "nobody" (not so under a private home folder such as /root): else skip.
const nobodyCanRun = isRoot && spawnSync(process.execPath, [path.join(ROOT, 'bin/lsa-audit.js'), '--help'], { cwd: dir, ...NOBODY }).status === 0;
const canDenyWrites = !isRoot || nobodyCanRun;
if (!canDenyWrites) console.warn('SKIPPED read-only folder and unreadable input: running as root, and "nobody" cannot run the project from here.');

function expectOneLine(r: { code: number | null; stderr: string }, code: number, pattern: RegExp) {
  expect(r.code).toBe(code);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^lsa-audit: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).not.toMatch(/\.tmp|\n\s+at /);
}

function runAs(user: typeof NOBODY | null, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/lsa-audit.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, ...(user ?? {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('options', () => {
  it('--help lists every option, and the README lists the same ones', () => {
    const r = runCliProcess(['--help']);
    expect(r.code).toBe(0);
    const options = (text: string) => new Set(text.match(/--[a-z][a-z-]+/g));
    const help = options(r.stdout);
    for (const flag of ['--out', '--as-of', '--sheet', '--map', '--mapping', '--show-mapping', '--org', '--json', '--quiet', '--help', '--each']) expect(help).toContain(flag);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Audit your own workbook'));
    const listed = options(table.slice(0, table.indexOf('\n## ', 3)));
    expect([...help].filter((f) => !listed.has(f))).toEqual([]);
  });

  it('--org sets the organisation on the Audit Summary', async () => {
    const out = path.join(dir, 'org.xlsx');
    expect(runCliProcess([sample, '--out', out, '--as-of', '2026-09-01', '--org', 'Northgate College']).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const summary = wb.getWorksheet('Audit Summary')!;
    const rows = summary.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1, 3) : []));
    expect(rows).toContainEqual(['Organisation', 'Northgate College']);
  });

  it('a .csv is read as the staff table and the audit is written as .xlsx beside it', async () => {
    const csv = path.join(dir, 'team.csv');
    writeFileSync(csv, '\uFEFFStaff ID,Name,LSA level,Specialisms,A1,A2\r\n007,"Lee, Ann",3,"autism; dyslexia",3,2\r\nS2,Bob Khan,1,,2,1\r\n');
    const r = runCliProcess([csv, '--as-of', '2026-09-01', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.staffAudited).toBe(2);
    const out = path.join(dir, 'team-audit.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Audit Summary')).toBeDefined();
    const staff = wb.getWorksheet('team')!;
    expect(staff.getCell('A2').value).toBe('007');
    expect(staff.getCell('B2').value).toBe('Lee, Ann');
    expect(staff.getCell('C2').value).toBe(3);
  });

  it.each([
    ['team.ods', /OpenDocument spreadsheet.*save it as \.xlsx/],
    ['team.numbers', /Apple Numbers.*Export To > Excel/],
  ])('%s gets advice to save it as .xlsx: exit 3, one line', (name, pattern) => {
    const file = path.join(dir, name);
    copyFileSync(sample, file);
    expectOneLine(runCliProcess([file, '--out', path.join(dir, `${name}.xlsx`)]), 3, pattern);
  });
});

describe('failures are one line with the right exit code', () => {
  it('a closed pipe (| head -1) ends quietly: no EPIPE, exit 0, and the audit is still written', () => {
    const out = path.join(dir, 'piped.xlsx');
    const bin = path.join(ROOT, 'bin/lsa-audit.js');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" "${sample}" --out "${out}" --as-of 2026-09-01 --show-mapping | head -1; "${process.execPath}" "${bin}" "${sample}" --out "${out}" --as-of 2026-09-01 | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(/EPIPE|\s+at /);
    expect(r.stderr).toMatch(/exit=0/);
    expect(existsSync(out)).toBe(true);
  });

  it('an output folder that does not exist is refused, not created', () => {
    const out = path.join(dir, 'no-such-folder', 'deeper', 'audit.xlsx');
    expectOneLine(runCliProcess([sample, '--out', out]), 3, /folder .*no-such-folder.* does not exist \(it is not created for you/);
    expect(existsSync(path.join(dir, 'no-such-folder'))).toBe(false);
  });

  const deniable = canDenyWrites ? it : it.skip;
  deniable('a read-only output folder is refused, with no temporary file left or named', () => {
    const folder = path.join(dir, 'read-only');
    mkdirSync(folder, { mode: 0o555 });
    chmodSync(folder, 0o555);
    const r = runAs(isRoot ? NOBODY : null, [sample, '--out', path.join(folder, 'audit.xlsx')]);
    expectOneLine(r, 3, /read-only, or you may not write there/);
    expect(readdirSync(folder)).toEqual([]);
  });

  const lockable = nobodyCanRun ? it : it.skip;
  if (!nobodyCanRun) console.warn('SKIPPED locked output file: needs root, and a project "nobody" can run, to hold the file as another user.');
  lockable('an output file locked by someone else is refused as locked or in use, nothing else written', () => {
    // A sticky folder (like /tmp) where the existing audit belongs to another user: it cannot be replaced, as a file
    // open in Excel on Windows cannot.
    const folder = path.join(dir, 'shared');
    mkdirSync(folder);
    chmodSync(folder, 0o1777);
    const out = path.join(folder, 'audit.xlsx');
    writeFileSync(out, 'held by someone else');
    const r = runAs(NOBODY, [sample, '--out', out]);
    expectOneLine(r, 3, /locked or in use \(is it open in Excel\?\)/);
    expect(readFileSync(out, 'utf8')).toBe('held by someone else');
    expect(readdirSync(folder)).toEqual(['audit.xlsx']);
  });

  deniable('an input it may not read is refused in one line (exit 3)', () => {
    const file = path.join(dir, 'private.xlsx');
    copyFileSync(sample, file);
    chmodSync(file, 0o600);
    expectOneLine(runAs(isRoot ? NOBODY : null, [file, '--out', path.join(dir, 'private-out.xlsx')]), 3, /cannot be opened/);
  });
});

import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { ROOT } from '../_lib/runCliProcess';

// The package as a user gets it: `npm pack`, then installed into an empty folder with production dependencies only.
// Offline: the install is pinned by a lockfile built from the project's own (the versions `npm ci` put in the cache),
// so it needs no registry metadata and never touches the network.
const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-pack-'));
const app = path.join(dir, 'app');
const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, npm_config_update_notifier: 'false' } });

function pinnedApp(tarball: string): void {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const spec = `file:../${tarball}`;
  const packages: Record<string, unknown> = {
    '': { name: 'app', dependencies: { [pkg.name]: spec } },
    [`node_modules/${pkg.name}`]: { version: pkg.version, resolved: spec, dependencies: pkg.dependencies, bin: pkg.bin, license: pkg.license },
  };
  for (const [key, entry] of Object.entries<{ dev?: boolean; devOptional?: boolean }>(lock.packages)) {
    if (key !== '' && !entry.dev && !entry.devOptional) packages[key] = entry;
  }
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, dependencies: { [pkg.name]: spec } }));
  writeFileSync(path.join(app, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }));
}

describe('the packed package, installed elsewhere with production dependencies only', () => {
  let bin = '';

  beforeAll(() => {
    const pack = npm(['pack', '--pack-destination', dir, '--json'], ROOT);
    expect(pack.status).toBe(0);
    const [{ filename }] = JSON.parse(pack.stdout) as { filename: string }[];
    pinnedApp(filename);
    const install = npm(['ci', '--offline', '--omit=dev', '--no-audit', '--no-fund'], app);
    if (install.status !== 0) throw new Error(`npm ci --offline --omit=dev failed: ${install.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    bin = path.join(app, 'node_modules', '.bin', 'lsa-audit');
  }, 240_000);

  it('holds the compiled build, the bin and the sample, and no TypeScript sources', () => {
    const installed = path.join(app, 'node_modules', 'lsa-workforce-audit');
    expect(existsSync(path.join(installed, 'build', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'assets', 'sample-team.xlsx'))).toBe(true);
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    expect(existsSync(path.join(installed, 'test'))).toBe(false);
  });

  it('installs no development tool (no TypeScript, ts-node, jest or React), and no other package at all', () => {
    const modules = readdirSync(path.join(app, 'node_modules'));
    for (const dev of ['typescript', 'ts-node', 'jest', 'react', '@fluentui']) expect(modules).not.toContain(dev);
    // The command line reads and writes the package itself (SPEC 9.4): exceljs is a development dependency only.
    expect(modules.filter((m) => !m.startsWith('.'))).toEqual(['lsa-workforce-audit']);
  });

  it('lsa-audit runs there on the bundled sample and on a workbook given by path', async () => {
    const work = path.join(dir, 'work');
    mkdirSync(work);
    const own = path.join(work, 'my-team.xlsx');
    copyFileSync(path.join(ROOT, 'assets', 'sample-team.xlsx'), own);
    const run = (args: string[]) => spawnSync(bin, args, { cwd: work, encoding: 'utf8', timeout: 120_000 });

    const sample = run(['--as-of', '2026-09-01']);
    expect(sample.stderr).toBe('');
    expect(sample.status).toBe(0);
    expect(existsSync(path.join(work, 'out', 'sample-team-audit.xlsx'))).toBe(true);

    const mine = run([own, '--as-of', '2026-09-01']);
    expect(mine.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(work, 'my-team-audit.xlsx'));
    expect(wb.getWorksheet('Audit Summary')).toBeDefined();
    expect(wb.getWorksheet('Training Needs')!.rowCount).toBeGreaterThan(10);
  });
});

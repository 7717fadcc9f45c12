import { spawnSync } from 'child_process';
import { linkSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { compileJs } from '../_lib/compileJs';
import { AS_OF } from '../_lib/dates';
import { runChild, type ChildRun } from '../_lib/runChild';
import { summarise } from '../_lib/stats';
import type { BenchContext, Measure } from '../_lib/types';
import { teamXlsx } from '../teamXlsx';

const ROOT = join(__dirname, '..', '..');
const SITES = 20;
const STAFF = 200;
const TITLE = `group audit: ${SITES} sites of ${STAFF} staff (lsa-audit group, end to end)`;
// Three runs: each takes several seconds, and full mode's budget is shared with the 100,000-staff runs.
const RUNS = 3;

/** The group audit of issue 15: 20 synthetic sites of 200 staff each (a seed per site), a Group Summary written. Full mode only. */
export const groupAudit: Measure = {
  id: 'group',
  requires: () => ['bin/lsa-audit.js', 'src/cli/runGroup.ts'],
  entries: () => [{ id: 'group.time', title: TITLE, unit: 's', target: null }],
  run: async (ctx: BenchContext) => {
    if (ctx.quick) return [{ id: 'group.time', title: TITLE, unit: 's', target: null, median: null, min: null, max: null, runs: 0, reason: 'full mode only' }];
    compileJs();
    const built = spawnSync(process.execPath, [join(ROOT, 'bin', 'ensureBuild.js')], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`building the CLI failed: ${built.stderr.trim()}`);
    const dir = mkdtempSync(join(tmpdir(), 'lsa-bench-group-'));
    try {
      for (let k = 0; k < SITES; k++) linkSync(await teamXlsx(STAFF, ctx.seed + k), join(dir, `site-${String(k + 1).padStart(2, '0')}.xlsx`));
      const run = () => runChild(join(ROOT, 'bin', 'lsa-audit.js'), ['group', dir, '--out', join(tmpdir(), `lsa-bench-group-${process.pid}.xlsx`), '--as-of', AS_OF, '--quiet']);
      const runs: ChildRun[] = [];
      await run();
      for (let i = 0; i < RUNS; i++) {
        const r = await run();
        if (r.code !== 0) throw new Error(`lsa-audit group exited ${r.code}: ${r.stderr.trim().split('\n').pop()}`);
        runs.push(r);
        ctx.log(`group run ${i + 1}: ${(r.wallMs / 1000).toFixed(1)} s`);
      }
      const detail = { sites: SITES, staffPerSite: STAFF, cpuS: summarise(runs.map((r) => r.cpuMs / 1000)).median, peakRssMB: summarise(runs.map((r) => r.maxRssBytes / 1048576)).median };
      return [{ id: 'group.time', title: TITLE, unit: 's', target: null, ...summarise(runs.map((r) => r.wallMs / 1000)), detail }];
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(tmpdir(), `lsa-bench-group-${process.pid}.xlsx`), { force: true });
    }
  },
};

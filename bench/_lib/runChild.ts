import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { compiledPath } from './compileJs';

export interface ChildRun {
  wallMs: number;
  maxRssBytes: number;
  cpuMs: number;
  code: number | null;
  stderr: string;
}

/**
 * Runs `node [-r probe] script ...args` as a fresh process; wall time from spawn to exit, peak RSS from inside the child.
 * Every measured process (product and floor) goes through here so they are measured the same way.
 */
export function runChild(script: string, args: readonly string[], nodeArgs: readonly string[] = []): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), 'lsa-bench-'));
  const probeOut = join(dir, 'probe.json');
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeArgs, '-r', compiledPath('bench/children/probe.ts'), script, ...args], {
      env: { ...process.env, BENCH_PROBE_OUT: probeOut, NODE_OPTIONS: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const probe = existsSync(probeOut) ? JSON.parse(readFileSync(probeOut, 'utf8')) : { maxRssBytes: NaN, cpuMs: NaN };
      rmSync(dir, { recursive: true, force: true });
      resolve({ wallMs, maxRssBytes: probe.maxRssBytes, cpuMs: probe.cpuMs, code, stderr });
    });
  });
}

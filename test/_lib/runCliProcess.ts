import { spawnSync } from 'child_process';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../..');

/** Runs the real command line (bin/lsa-audit.js, the compiled build) in a child process, as a user would. */
export function runCliProcess(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/lsa-audit.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

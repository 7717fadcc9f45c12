import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
// webpack leaves an unchanged asset's file alone, so dist/'s own dates cannot say whether it is current: keep a stamp.
const STAMP = join(ROOT, 'bench', '.cache', 'dist-stamp.json');
const INPUTS = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/**
 * Makes sure dist/ is a production build of the current source (the product's own `webpack --mode production`),
 * rebuilding only when a source, asset or the webpack config changed since the bench last built it.
 */
export function ensureFreshBuild(log: (l: string) => void): { rebuilt: boolean; buildS: number | null } {
  const sources = Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p))));
  const stamped = existsSync(STAMP) ? (JSON.parse(readFileSync(STAMP, 'utf8')) as { sources: number }).sources : -1;
  if (existsSync(join(DIST, 'taskpane.html')) && stamped >= sources) return { rebuilt: false, buildS: null };
  log('taskpane: building dist/ (npx webpack --mode production): the source changed since the last bench build');
  const t0 = Date.now();
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  mkdirSync(join(ROOT, 'bench', '.cache'), { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ sources }));
  return { rebuilt: true, buildS: (Date.now() - t0) / 1000 };
}

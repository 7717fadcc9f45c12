import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/**
 * Makes sure dist/ is a production build of the current source (the product's own `webpack --mode production`),
 * rebuilding only when a source, asset or the webpack config is newer than dist/taskpane.html.
 */
export function ensureFreshBuild(log: (l: string) => void): { rebuilt: boolean; buildS: number | null } {
  const built = existsSync(join(DIST, 'taskpane.html')) ? statSync(join(DIST, 'taskpane.html')).mtimeMs : 0;
  const sources = Math.max(...['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package-lock.json'].map((p) => newestMtime(join(ROOT, p))));
  if (built > sources) return { rebuilt: false, buildS: null };
  log('taskpane: dist/ is missing or older than the source: npx webpack --mode production');
  const t0 = Date.now();
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  return { rebuilt: true, buildS: (Date.now() - t0) / 1000 };
}

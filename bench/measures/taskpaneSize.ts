import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { DIST, ensureFreshBuild } from '../_lib/taskpaneBuild';
import type { Measure, Target } from '../_lib/types';

const TARGET: Target = { op: '<=', value: 350, kind: 'count' };
const TITLE = 'task pane JavaScript, gzipped (dist/ bundles taskpane.html loads)';

/** Local script sources of the page; Office.js comes from Microsoft's CDN and is not ours to count. */
function localScripts(html: string): string[] {
  // The minified page leaves attributes unquoted: <script defer src=taskpane.js>.
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  return srcs.filter((s) => !/^(https?:)?\/\//i.test(s)).map((s) => s.replace(/^\.?\//, '').split(/[?#]/)[0]);
}

/** Sum of the gzipped (zlib default level) sizes of the bundles dist/taskpane.html loads, in KB of 1,024 bytes. Deterministic: one sample. */
export const taskpaneSize: Measure = {
  id: 'taskpane.size',
  requires: () => ['webpack.config.js', 'src/taskpane/index.tsx', 'src/taskpane/taskpane.html'],
  entries: () => [{ id: 'taskpane.jsGzipKB', title: TITLE, unit: 'KB', target: TARGET }],
  run: async (ctx) => {
    const build = ensureFreshBuild(ctx.log);
    const scripts = localScripts(readFileSync(join(DIST, 'taskpane.html'), 'utf8'));
    if (scripts.length === 0) throw new Error('dist/taskpane.html loads no local script');
    const files = scripts.map((s) => {
      const path = join(DIST, s);
      if (!existsSync(path)) throw new Error(`dist/taskpane.html loads ${s}, which is not in dist/`);
      const raw = readFileSync(path);
      return { file: s, rawKB: raw.length / 1024, gzipKB: gzipSync(raw).length / 1024, gzip9KB: gzipSync(raw, { level: 9 }).length / 1024 };
    });
    const total = files.reduce((n, f) => n + f.gzipKB, 0);
    return [{ id: 'taskpane.jsGzipKB', title: TITLE, unit: 'KB', target: TARGET, median: total, min: total, max: total, runs: 1, samples: [total], detail: { files, ...build } }];
  },
};

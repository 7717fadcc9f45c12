import { existsSync } from 'fs';
import { CHROMIUM, runContract } from '../../test/excel/_lib/officeJsContract';
import type { BenchContext, Measure, Target } from '../_lib/types';

// Request bodies as the real Office.js library serialises them (test/excel/officeJsContract.test.ts): the writer aims
// under 4 MB, Excel on the web refuses over 5 MB.
const TARGET: Target = { op: '<=', value: 4, kind: 'count' };
const sizes = (ctx: BenchContext) => (ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 20_000]);
const title = (ctx: BenchContext) => `largest real Office.js request, ${sizes(ctx).map((n) => n / 1000 + 'k').join(' / ')} staff`;

/** The adapter in Chromium against @microsoft/office-js's Excel client script: real request bytes per team size. */
export const officeJsRequests: Measure = {
  id: 'officejs',
  requires: () => ['test/excel/_lib/officeJsContract.ts', 'node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js'],
  entries: (ctx) => [{ id: 'officejs.maxRequest', title: title(ctx), unit: 'MB', target: TARGET }],
  run: async (ctx) => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
    ctx.log(`officejs: sizes ${sizes(ctx).join(', ')}, one run each (the bodies are deterministic)`);
    const runs = await runContract(sizes(ctx));
    const largest = runs.map((r) => Math.max(...r.read, ...r.write, ...r.rerun, ...r.other) / 1e6);
    const perSize = Object.fromEntries(runs.map((r) => [r.staff, {
      maxRequestMB: Math.max(...r.read, ...r.write, ...r.rerun, ...r.other) / 1e6,
      writeTotalMB: r.write.reduce((a, b) => a + b, 0) / 1e6, readSyncs: r.readSyncs, writeSyncs: r.writeSyncs, unknownCalls: r.unknown,
    }]));
    const worst = Math.max(...largest);
    return [{
      id: 'officejs.maxRequest', title: title(ctx), unit: 'MB', target: TARGET,
      median: worst, min: Math.min(...largest), max: worst, runs: runs.length, samples: largest,
      ok: worst <= TARGET.value && runs.every((r) => r.unknown.length === 0),
      reason: runs.some((r) => r.unknown.length) ? `calls the real library lacks: ${runs.flatMap((r) => r.unknown).join('; ')}` : undefined,
      detail: { perSize },
    }];
  },
};

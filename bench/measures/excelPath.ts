import { compileJs, compiledPath } from '../_lib/compileJs';
import { runJsonChild } from '../_lib/runJsonChild';
import { median, summarise } from '../_lib/stats';
import type { BenchContext, Measure, Target } from '../_lib/types';

interface Run { syncs: number; readSyncs: number; writeSyncs: number; maxPayloadBytes: number; totalPayloadBytes: number; adapterMs: number }

const SYNC_TARGET: Target = { op: '<=', value: 12, kind: 'count' };
const sizes = (ctx: BenchContext) => (ctx.quick ? [1000, 10000] : [1000, 10000, 100000]);
const syncTitle = (ctx: BenchContext) => `context.sync calls, ${sizes(ctx).map((n) => n / 1000 + 'k').join(' / ')} staff (read + write, counting fake)`;
const payloadTarget = (ctx: BenchContext): Target => ({ op: '<=', value: 4, kind: 'count', ...(ctx.quick ? { notEnforced: 'quick mode measures 10k; target is for 100k' } : {}) });
const payloadTitle = (ctx: BenchContext) => `largest single request payload, ${ctx.quick ? '10,000' : '100,000'} staff`;

/** The Excel path (readWorkbook + writeSheets) against test/excel/_lib/fakeExcel.ts: sync count per size and largest request. */
export const excelPath: Measure = {
  id: 'excel',
  requires: () => ['src/excel/readWorkbook.ts', 'src/excel/writeSheets.ts', 'test/excel/_lib/fakeExcel.ts', 'src/core/runAudit.ts', 'src/core/auditToSheets.ts'],
  entries: (ctx) => [
    { id: 'excel.syncCalls', title: syncTitle(ctx), unit: 'syncs', target: SYNC_TARGET },
    { id: 'excel.maxPayload', title: payloadTitle(ctx), unit: 'MB', target: payloadTarget(ctx) },
  ],
  run: async (ctx) => {
    compileJs();
    ctx.log(`excel: sizes ${sizes(ctx).join(', ')}; engine output computed once per size, ${ctx.runs} adapter runs after a warm-up`);
    const out = await runJsonChild<Record<string, Run[]>>(compiledPath('bench/children/excelPath.ts'), [sizes(ctx).join(','), String(ctx.runs), String(ctx.seed)], ['--max-old-space-size=12288']);
    const perSize = Object.fromEntries(sizes(ctx).map((n) => {
      const runs = out[n];
      return [n, {
        syncs: median(runs.map((r) => r.syncs)), readSyncs: median(runs.map((r) => r.readSyncs)), writeSyncs: median(runs.map((r) => r.writeSyncs)),
        maxPayloadMB: median(runs.map((r) => r.maxPayloadBytes / 1e6)), totalPayloadMB: median(runs.map((r) => r.totalPayloadBytes / 1e6)),
        adapterS: median(runs.map((r) => r.adapterMs / 1000)),
      }];
    }));
    const counts = sizes(ctx).map((n) => perSize[n].syncs);
    const same = counts.every((c) => c === counts[0]);
    const worst = Math.max(...counts);
    const all = sizes(ctx).flatMap((n) => out[n].map((r) => r.syncs));
    const largest = sizes(ctx)[sizes(ctx).length - 1];
    return [
      {
        id: 'excel.syncCalls', title: syncTitle(ctx), unit: 'syncs', target: SYNC_TARGET,
        median: worst, min: Math.min(...all), max: Math.max(...all), runs: out[largest].length, samples: counts,
        // The target is two conditions: the same count at every size, and at most 12.
        ok: same && worst <= SYNC_TARGET.value,
        reason: same ? undefined : `differs by size: ${sizes(ctx).map((n, i) => `${n / 1000}k=${counts[i]}`).join(', ')}`,
        detail: { perSize },
      },
      {
        id: 'excel.maxPayload', title: payloadTitle(ctx), unit: 'MB', target: payloadTarget(ctx),
        ...summarise(out[largest].map((r) => r.maxPayloadBytes / 1e6)), detail: { size: largest, capUsedByFake: '5 MiB (5,242,880 bytes)' },
      },
    ];
  },
};

import { DEFAULT_RESPONSE_BUDGET } from '../../src/excel/_lib/readRowBlocks';
import { DEFAULT_CAP_BYTES, OFFICE_JS_OVERHEAD } from '../../src/excel/_lib/syncBatch';
import { compileJs, compiledPath } from '../_lib/compileJs';
import { runJsonChild } from '../_lib/runJsonChild';
import { median, summarise } from '../_lib/stats';
import type { BenchContext, Measure, Target } from '../_lib/types';

interface Run { syncs: number; readSyncs: number; writeSyncs: number; maxPayloadBytes: number; totalPayloadBytes: number; readResponseBytes: number; maxResponseBytes: number; adapterMs: number }

// The issue's target (the same count at every size, <= 12) cannot hold together with the 4 MB request cap: the output is
// tens of MB at 10,000 staff, so it needs at least ceil(total / 4 MB) requests. It is reported, not enforced; what is
// enforced instead is that reads take the same syncs at every size, and writes add no syncs beyond what the cap forces.
const SYNC_TARGET: Target = { op: '<=', value: 12, kind: 'count', notEnforced: 'conflicts with the 4 MB request cap (see excel.writeSyncRatio)' };
// Reads: 3 fixed syncs (names; sizes, tables and the record; merged areas) plus the row blocks, packed under Excel on the
// web's 5 MB response cap (aiming at 4 MB with a 20% margin on a measured per-cell size): at most 1.3x the fewest
// the response allows.
const READ_TARGET: Target = { op: '<=', value: 1.3, kind: 'ratio' };
const READ_FIXED = 3;
// Write syncs against the fewest the cap allows: ceil(total / cap) for the data plus 4 fixed ones (sheets, formats, the
// ownership record). 5% over covers the request-size estimate, which runs a little above what is sent (the safe side of
// Excel's 5 MB limit); part-full batches, the cost this guards against, were 12% at 100,000 staff before rows were split.
const OVERHEAD_TARGET: Target = { op: '<=', value: 1.05, kind: 'ratio' };
// The product's own cap (src/excel/_lib/syncBatch.ts), as the fake counts it (Office.js's wrapping left out): fewer
// syncs than ceil(total / cap) are impossible.
const CAP_BYTES = Math.floor(DEFAULT_CAP_BYTES / OFFICE_JS_OVERHEAD);
const readTitle = `read syncs / (${READ_FIXED} + ceil(total response / 4 MB)), worst size (5 MB caps on)`;
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
    { id: 'excel.readSyncs', title: readTitle, unit: 'x', target: READ_TARGET },
    { id: 'excel.writeSyncRatio', title: 'write syncs / (ceil(total payload / cap) + 4), worst size', unit: 'x', target: OVERHEAD_TARGET },
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
        ...summarise(out[largest].map((r) => r.maxPayloadBytes / 1e6)), detail: { size: largest, capUsedByFake: '5 MB (5,000,000 bytes), requests and responses' },
      },
      (() => {
        const ratios = sizes(ctx).flatMap((n) => out[n].map((r) => r.readSyncs / (READ_FIXED + Math.ceil(r.readResponseBytes / DEFAULT_RESPONSE_BUDGET))));
        return {
          id: 'excel.readSyncs', title: readTitle, unit: 'x', target: READ_TARGET,
          median: Math.max(...ratios), min: Math.min(...ratios), max: Math.max(...ratios), runs: ratios.length, samples: ratios,
          ok: Math.max(...ratios) <= READ_TARGET.value,
          detail: { readSyncs: Object.fromEntries(sizes(ctx).map((n) => [n, median(out[n].map((r) => r.readSyncs))])), largestResponseMB: Object.fromEntries(sizes(ctx).map((n) => [n, median(out[n].map((r) => r.maxResponseBytes / 1e6))])) },
        };
      })(),
      (() => {
        const ratios = sizes(ctx).flatMap((n) => out[n].map((r) => r.writeSyncs / (Math.ceil(r.totalPayloadBytes / CAP_BYTES) + 4)));
        const overheads = sizes(ctx).map((n) => median(out[n].map((r) => r.writeSyncs - Math.ceil(r.totalPayloadBytes / CAP_BYTES))));
        return {
          id: 'excel.writeSyncRatio', title: 'write syncs / (ceil(total payload / cap) + 4), worst size', unit: 'x', target: OVERHEAD_TARGET,
          median: Math.max(...ratios), min: Math.min(...ratios), max: Math.max(...ratios), runs: ratios.length, samples: ratios,
          ok: Math.max(...ratios) <= OVERHEAD_TARGET.value,
          detail: { syncsBeyondCeilTotalOverCap: Object.fromEntries(sizes(ctx).map((n, i) => [n, overheads[i]])) },
        };
      })(),
    ];
  },
};

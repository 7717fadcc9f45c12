import { compileJs, compiledPath } from '../_lib/compileJs';
import { runJsonChild } from '../_lib/runJsonChild';
import { pairRatios, summarise } from '../_lib/stats';
import type { Measure, MeasureResult } from '../_lib/types';

type Phases = { total: number; parse: number; audit: number; sheets: number; cpu: number; rowsCopy: number };
type Out = { samples: Record<string, Phases[]>; facts: Record<string, unknown> };

const seconds = (xs: Phases[], k: keyof Phases) => xs.map((p) => p[k] / 1000);
const phaseMedians = (xs: Phases[]) => ({
  parseS: summarise(seconds(xs, 'parse')).median,
  auditS: summarise(seconds(xs, 'audit')).median,
  sheetsS: summarise(seconds(xs, 'sheets')).median,
  // Not in the total: a bare copy of the output rows, the least building the sheets as data costs (children/engine.ts).
  rowsCopyS: summarise(seconds(xs, 'rowsCopy')).median,
  // CPU seconds (user + system, GC threads included): on a shared machine, wall time also measures the neighbours.
  cpuS: summarise(seconds(xs, 'cpu')).median,
});

/** The engine on a workbook in memory (parse + audit + output sheets), at 1k / 10k (/ 100k in full mode), in one child process. */
export const engine: Measure = {
  id: 'engine',
  requires: () => ['src/core/parse/parseWorkbook.ts', 'src/core/runAudit.ts', 'src/core/auditToSheets.ts', 'src/core/nos/nosCatalogue.ts'],
  entries: (ctx) => [
    { id: 'engine.audit10k', title: 'audit of 10,000 staff in memory (parse+audit+sheets)', unit: 's', target: { op: '<=', value: 1.0, kind: 'time' } },
    { id: 'engine.audit1k', title: 'audit of 1,000 staff in memory', unit: 's', target: null },
    ...(ctx.quick ? [] : [
      { id: 'engine.audit100k', title: 'audit of 100,000 staff in memory', unit: 's', target: null },
      { id: 'engine.scaling', title: 'scaling time(100k) / time(10k)', unit: 'x', target: { op: '<=' as const, value: 12, kind: 'ratio' as const } },
    ]),
  ],
  run: async (ctx) => {
    compileJs();
    const sizes = ctx.quick ? [1000, 10000] : [1000, 10000, 100000];
    ctx.log(`engine: sizes ${sizes.join(', ')}, ${ctx.runs} runs each after a warm-up`);
    const out = await runJsonChild<Out>(compiledPath('bench/children/engine.ts'), [sizes.join(','), String(ctx.runs), String(ctx.seed)], ['--expose-gc', '--max-old-space-size=8192']);
    const entry = (id: string, title: string, n: number, target: MeasureResult['target']): Omit<MeasureResult, 'status' | 'ok'> => ({
      id, title, unit: 's', target, ...summarise(seconds(out.samples[n], 'total')),
      detail: { ...phaseMedians(out.samples[n]), ...(out.facts[n] as object) },
    });
    const results = [
      entry('engine.audit10k', 'audit of 10,000 staff in memory (parse+audit+sheets)', 10000, { op: '<=', value: 1.0, kind: 'time' }),
      entry('engine.audit1k', 'audit of 1,000 staff in memory', 1000, null),
    ];
    if (!ctx.quick) {
      results.push(entry('engine.audit100k', 'audit of 100,000 staff in memory', 100000, null));
      const ratios = pairRatios(seconds(out.samples[100000], 'total'), seconds(out.samples[10000], 'total'));
      results.push({ id: 'engine.scaling', title: 'scaling time(100k) / time(10k)', unit: 'x', target: { op: '<=', value: 12, kind: 'ratio' }, ...summarise(ratios), detail: { pairs: 'run i at 100k / run i at 10k, interleaved' } });
    }
    return results;
  },
};

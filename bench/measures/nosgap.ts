import { compileJs, compiledPath } from '../_lib/compileJs';
import { runJsonChild } from '../_lib/runJsonChild';
import { summarise } from '../_lib/stats';
import type { Measure, Target } from '../_lib/types';

// A throughput depends on the machine like an absolute time does: reported, not enforced by --check.
const TARGET: Target = { op: '>=', value: 200_000, kind: 'time' };
const TITLE = 'NOSGAP custom function, 31-cell row';

/** LSA.NOSGAP evaluations per second, in a child process on compiled JS. */
export const nosgap: Measure = {
  id: 'nosgap',
  requires: () => ['src/functions/functions.ts', 'src/core/nos/nosFunctions.ts'],
  entries: () => [{ id: 'nosgap.evalsPerSecond', title: TITLE, unit: 'evals/s', target: TARGET }],
  run: async (ctx) => {
    compileJs();
    const out = await runJsonChild<{ samples: number[]; cpuSamples: number[]; rows: number; cells: number; errorShare: number }>(compiledPath('bench/children/nosgap.ts'), [String(ctx.runs)]);
    return [{ id: 'nosgap.evalsPerSecond', title: TITLE, unit: 'evals/s', target: TARGET, ...summarise(out.samples), detail: { perCpuSecondMedian: summarise(out.cpuSamples).median, distinctRows: out.rows, cellsPerRow: out.cells, errorShare: out.errorShare } }];
  },
};

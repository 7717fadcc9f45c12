import { generateTeam } from '../generateTeam';
import { summarise } from '../_lib/stats';
import { ensureFreshBuild } from '../_lib/taskpaneBuild';
import { toFakeWorkbookInit } from '../_lib/toExcelValues';
import type { Measure, Target } from '../_lib/types';

const TARGET: Target = { op: '<=', value: 1.5, kind: 'time' };
const SIZE = 1000;
const TITLE = `task pane first render, headless Chromium, local Office.js (${SIZE.toLocaleString('en-GB')}-staff workbook)`;

/**
 * Navigation to the column mapping on screen, via the browser tests' own harness (test/taskpane/_lib/paneHarness.ts):
 * dist/ served locally, Office.js from the local package, the fake Excel host holding the generated team.
 */
export const taskpaneRender: Measure = {
  id: 'taskpane.render',
  requires: () => ['test/taskpane/_lib/paneHarness.ts', 'test/excel/_lib/fakeExcel.ts', 'webpack.config.js', 'src/taskpane/index.tsx'],
  entries: () => [{ id: 'taskpane.firstRender', title: TITLE, unit: 's', target: TARGET }],
  run: async (ctx) => {
    const build = ensureFreshBuild(ctx.log);
    // run.ts runs under ts-node, so the harness loads from source like the jest browser tests load it.
    const { measureFirstRender } = require('../../test/taskpane/_lib/paneHarness');
    const init = toFakeWorkbookInit(generateTeam(SIZE, ctx.seed));
    await measureFirstRender(init); // warm-up: the OS file cache for Chromium and dist/
    const samples: number[] = [];
    for (let i = 0; i < ctx.runs; i++) samples.push((await measureFirstRender(init)) / 1000);
    return [{ id: 'taskpane.firstRender', title: TITLE, unit: 's', target: TARGET, ...summarise(samples), detail: build }];
  },
};

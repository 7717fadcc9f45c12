import { existsSync } from 'fs';
import { BYTES_PER_BREAK } from '../../src/excel/applyPrintSetup';
import { CHROMIUM, runContract, type ContractRun } from './_lib/officeJsContract';

// The adapter against the REAL Office.js client library (@microsoft/office-js/dist/excel-web-16.00.debug.js), in
// Chromium: every request is built by a real Excel.RequestContext and measured as Office.js serialises it, while the
// strict fake answers. Excel on the web refuses a request over 5 MB; the writer aims under 4 MB as Office.js counts.
const AIM = 4_000_000;
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED real Office.js contract test: ${CHROMIUM} is missing (apt-get install -y chromium).`);
const browserTest = hasChromium ? test : test.skip;

describe('the adapter against the real Office.js library', () => {
  let runs: ContractRun[];
  beforeAll(async () => {
    if (hasChromium) runs = await runContract([1_000, 10_000, 20_000]);
  }, 600_000);

  browserTest('makes no call and sets no property the real library does not have', () => {
    for (const run of runs) expect(run.unknown).toEqual([]);
  });

  browserTest('adds every page break through the real library: a page per person on Personal Plans, within 1,026 a sheet', () => {
    for (const run of runs) {
      const plans = run.pageBreaks.filter((b) => b.sheet.startsWith('Personal Plans'));
      expect(plans.length).toBeGreaterThan(0);
      for (const b of run.pageBreaks) expect(b.added).toBe(b.expected);
      for (const b of plans) expect(b.added).toBeLessThanOrEqual(1_026);
      // Every person is on exactly one sheet, and each one after a sheet's first starts after a break.
      expect(plans.reduce((sum, b) => sum + b.people, 0)).toBe(run.audited);
      for (const b of plans) expect(b.added).toBeGreaterThanOrEqual(b.people - 1);
      expect(run.pageBreaks.find((b) => b.sheet === 'Skills Matrix (2)')?.added).toBe(1);
    }
  });

  browserTest('prices a page break at least as the real library serialises it', async () => {
    const [none, hundred] = await runContract([], false, [0, 100]);
    const perBreak = (hundred.write[0] - none.write[0]) / 100;
    console.log(`real Office.js: ${perBreak} bytes a page break`);
    expect(perBreak).toBeGreaterThan(0);
    expect(perBreak).toBeLessThanOrEqual(BYTES_PER_BREAK);
  }, 120_000);

  browserTest('the mirror does report what the real library lacks', async () => {
    const [probe] = await runContract([], true);
    expect(probe.unknown).toEqual(expect.arrayContaining([expect.stringMatching(/load\('valuez'\)/), expect.stringMatching(/set .*\.valuez/), expect.stringMatching(/\.nonsense/)]));
  }, 120_000);

  browserTest.each([0, 1, 2])('keeps every real request under the 4 MB it aims for, well under 5 MB (run %i: 1,000, 10,000 and 20,000 staff)', (i) => {
    const run = runs[i];
    const all = [...run.read, ...run.write, ...run.rerun, ...run.other];
    console.log(`real Office.js, ${run.staff} staff: read ${run.readSyncs} syncs (largest request ${Math.max(...run.read)} B), write ${run.writeSyncs} syncs (largest ${Math.max(...run.write)} B, total ${run.write.reduce((a, b) => a + b, 0)} B), re-run ${run.rerun.length} syncs (largest ${Math.max(...run.rerun)} B)`);
    expect(Math.max(...all)).toBeLessThanOrEqual(AIM);
    expect(run.write.length).toBeGreaterThan(2);
  });
});

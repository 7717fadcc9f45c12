// The Excel path against the counting fake: readWorkbook, then (engine, not counted) then writeSheets.
// Prints, per size, the context.sync calls and the largest single request payload of each run. The fake has Excel on
// the web's 5 MB request and response caps on.
import { performance } from 'perf_hooks';
import { generateTeam } from '../generateTeam';
import { AS_OF } from '../_lib/dates';
import { toFakeWorkbookInit } from '../_lib/toExcelValues';

const { FakeWorkbook } = require('../../test/excel/_lib/fakeExcel');
const { readWorkbook } = require('../../src/excel/readWorkbook');
const { writeSheets } = require('../../src/excel/writeSheets');
const { parseWorkbook } = require('../../src/core/parse/parseWorkbook');
const { runAudit } = require('../../src/core/runAudit');
const { auditToSheets } = require('../../src/core/auditToSheets');
const { NOS_CATALOGUE } = require('../../src/core/nos/nosCatalogue');

interface Run { syncs: number; readSyncs: number; writeSyncs: number; maxPayloadBytes: number; totalPayloadBytes: number; readResponseBytes: number; maxResponseBytes: number; adapterMs: number }

async function once(init: unknown, sheets: unknown | null): Promise<{ run: Run; sheets: unknown }> {
  const book = new FakeWorkbook(init);
  const t0 = performance.now();
  const read = await readWorkbook(book.context());
  const readSyncs = book.syncCount;
  const t1 = performance.now();
  // The engine is measured elsewhere: its output is computed once per size and reused, since it makes no syncs.
  const out = sheets ?? auditToSheets(runAudit(parseWorkbook(read.raw, { auditDate: AS_OF }), NOS_CATALOGUE), { runAt: `${AS_OF} 09:00`, catalogue: NOS_CATALOGUE });
  const t2 = performance.now();
  await writeSheets(book.context(), out);
  const t3 = performance.now();
  const payloads: number[] = book.payloads;
  const responses: number[] = book.responses;
  return {
    run: {
      syncs: book.syncCount, readSyncs, writeSyncs: book.syncCount - readSyncs,
      maxPayloadBytes: Math.max(...payloads), totalPayloadBytes: payloads.reduce((a, b) => a + b, 0), adapterMs: t1 - t0 + (t3 - t2),
      readResponseBytes: responses.slice(0, readSyncs).reduce((a, b) => a + b, 0), maxResponseBytes: Math.max(...responses),
    },
    sheets: out,
  };
}

async function main(): Promise<void> {
  const [sizesArg, runsArg, seedArg] = process.argv.slice(2);
  const result: Record<number, Run[]> = {};
  for (const n of sizesArg.split(',').map(Number)) {
    const init = toFakeWorkbookInit(generateTeam(n, Number(seedArg)));
    const { sheets } = await once(init, null); // warm-up, and the engine's output for this size
    result[n] = [];
    for (let i = 0; i < Number(runsArg); i++) result[n].push((await once(init, sheets)).run);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

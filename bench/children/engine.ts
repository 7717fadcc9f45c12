// Times the engine on a workbook already in memory: parseWorkbook -> runAudit -> auditToSheets. Prints JSON samples per size.
// Run with --expose-gc so each timed run starts from a collected heap.
import { performance } from 'perf_hooks';
import { generateTeam } from '../generateTeam';
import { AS_OF } from '../_lib/dates';

const { parseWorkbook } = require('../../src/core/parse/parseWorkbook');
const { runAudit } = require('../../src/core/runAudit');
const { auditToSheets } = require('../../src/core/auditToSheets');
const { NOS_CATALOGUE } = require('../../src/core/nos/nosCatalogue');

type Phases = { total: number; parse: number; audit: number; sheets: number; cpu: number; rowsCopy: number };
type Sheet = { rows?: unknown[][] };

/**
 * A bare copy of every output row (one new array per row, the same values): the least that building the sheets as data
 * can cost, whatever the rules. Timed apart from the engine's total, beside the parse, to show how much of a target is
 * left for the audit itself.
 */
function copyRows(sheets: Sheet[]): number {
  let copied = 0;
  for (const s of sheets) copied += (s.rows ?? []).map((r) => r.slice()).length;
  return copied;
}

function once(raw: unknown): Phases & { staff: number; issues: number; outputRows: number } {
  (global as { gc?: () => void }).gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const input = parseWorkbook(raw, { auditDate: AS_OF });
  const t1 = performance.now();
  const audit = runAudit(input, NOS_CATALOGUE);
  const t2 = performance.now();
  const sheets = auditToSheets(audit, { runAt: `${AS_OF} 09:00`, catalogue: NOS_CATALOGUE });
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const t4 = performance.now();
  const outputRows = copyRows(sheets);
  const rowsCopy = performance.now() - t4;
  return { total: t3 - t0, parse: t1 - t0, audit: t2 - t1, sheets: t3 - t2, cpu: (cpu.user + cpu.system) / 1000, rowsCopy, staff: audit.staff.length, issues: audit.issues.length, outputRows };
}

function main(): void {
  const [sizesArg, runsArg, seedArg] = process.argv.slice(2);
  const sizes = sizesArg.split(',').map(Number);
  const runs = Number(runsArg);
  const teams = new Map(sizes.map((n) => [n, generateTeam(n, Number(seedArg))]));
  const samples: Record<number, Phases[]> = {};
  const facts: Record<number, unknown> = {};
  for (const n of sizes) {
    const w = once(teams.get(n)); // warm-up
    facts[n] = { staffAudited: w.staff, issues: w.issues, outputRows: w.outputRows };
    samples[n] = [];
  }
  // Interleaved, so a ratio between sizes compares runs made side by side.
  for (let i = 0; i < runs; i++) {
    for (const n of sizes) {
      const { total, parse, audit, sheets, cpu, rowsCopy } = once(teams.get(n));
      samples[n].push({ total, parse, audit, sheets, cpu, rowsCopy });
    }
  }
  process.stdout.write(`${JSON.stringify({ samples, facts })}\n`);
}

main();

// npm run bench [-- --quick] [-- --check] [-- --only <measure>] [-- --runs N] [-- --seed N]
// Measures the product against the floor set by its own dependencies; prints a table and writes bench/results.json.
import { existsSync, writeFileSync } from 'fs';
import { cpus, loadavg } from 'os';
import { join } from 'path';
import { failsCheck, meets } from './_lib/judge';
import { printTable } from './_lib/printTable';
import { round } from './_lib/stats';
import type { BenchContext, MeasureResult } from './_lib/types';
import { DEFAULT_SEED } from './generateTeam';
import { MEASURES } from './measures';

const ROOT = join(__dirname, '..');

function parseFlags(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(value('--runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs must be an integer of at least 5');
  return { quick: argv.includes('--quick'), check: argv.includes('--check'), only: value('--only'), runs, seed: Number(value('--seed') ?? DEFAULT_SEED) };
}

function roundResult(r: MeasureResult): MeasureResult {
  const f = (x: number | null) => (x === null ? null : round(x, 4));
  return { ...r, median: f(r.median), min: f(r.min), max: f(r.max), samples: r.samples?.map((x) => round(x, 4)) };
}

async function main(): Promise<number> {
  const flags = parseFlags(process.argv.slice(2));
  const started = Date.now();
  const ctx: BenchContext = { quick: flags.quick, seed: flags.seed, runs: flags.runs, log: (l) => process.stderr.write(`  ${l}\n`) };
  // --only takes a group ("cli", "taskpane"), a group id ("taskpane.size") or one entry ("engine.scaling").
  const under = (id: string) => !flags.only || id === flags.only || id.startsWith(`${flags.only}.`);
  const selected = MEASURES.filter((m) => under(m.id) || m.entries(ctx).some((e) => under(e.id)));
  if (selected.length === 0) throw new Error(`--only ${flags.only}: no such measure (${MEASURES.flatMap((m) => m.entries(ctx).map((e) => e.id)).join(', ')})`);
  const results: MeasureResult[] = [];
  // Wall time per measure group: where quick mode's budget goes.
  const measureSeconds: Record<string, number> = {};
  for (const m of selected) {
    const entries = m.entries(ctx).filter((e) => under(m.id) || under(e.id));
    const blank = (status: 'skipped' | 'failed', reason: string): MeasureResult[] =>
      entries.map((e) => ({ ...e, median: null, min: null, max: null, runs: 0, status, ok: null, reason }));
    const missing = m.requires(ctx).filter((f) => !existsSync(join(ROOT, f)));
    if (missing.length > 0) {
      results.push(...blank('skipped', `missing ${missing.join(', ')}`));
      continue;
    }
    const t0 = Date.now();
    process.stderr.write(`${m.id}...\n`);
    try {
      const got = (await m.run(ctx)).filter((r) => entries.some((e) => e.id === r.id));
      for (const r of got) {
        const ok = r.ok ?? meets(r.median, r.target);
        results.push({ ...r, ok, status: ok === null ? 'reported' : ok ? 'ok' : r.target?.kind === 'time' || r.target?.notEnforced ? 'reported' : 'missed' });
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // A product file imports one that is not written yet: still "missing", not a failure.
      const notYet = /Cannot find module '(\.{1,2}\/[^']+)'/.exec(message);
      results.push(...(notYet ? blank('skipped', `a product module is not written yet: ${notYet[1]}`) : blank('failed', message)));
    }
    measureSeconds[m.id] = round((Date.now() - t0) / 1000, 1);
    process.stderr.write(`${m.id}: ${measureSeconds[m.id].toFixed(1)} s\n`);
  }
  const elapsedS = (Date.now() - started) / 1000;
  process.stdout.write(`\n${printTable(results)}\n\n${flags.quick ? 'quick' : 'full'} mode, ${elapsedS.toFixed(1)} s, ${cpus().length} CPUs, load ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);
  const file = join(__dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify({
    mode: flags.quick ? 'quick' : 'full', seed: flags.seed, runs: flags.runs, elapsedS: round(elapsedS, 1), measureSeconds, only: flags.only ?? null,
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadavg: loadavg() },
    measures: results.map(roundResult),
  }, null, 2)}\n`);
  process.stdout.write(`wrote ${file}\n`);
  const failing = results.filter(failsCheck);
  if (flags.check && failing.length > 0) {
    process.stdout.write(`--check: ${failing.map((r) => `${r.id} (${r.status === 'failed' ? 'failed' : 'missed'})`).join(', ')}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);

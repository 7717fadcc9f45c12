// Evaluations per second of the NOSGAP custom function (as Excel calls it: 2-D ranges) on 31-cell rating rows.
import { performance } from 'perf_hooks';
import { generateTeam } from '../generateTeam';
import { CRITERIA, STAFF_HEADERS } from '../_lib/teamColumns';

const { NOSGAP } = require('../../src/functions/functions');

const SAMPLE_MS = 300;

/** Rating rows as Excel hands a range to a custom function: '' for empty cells. */
function ratingRows(): { row: unknown[][]; level: number[][] }[] {
  const staff = generateTeam(1000, 7).sheets[0].rows.slice(3);
  const first = STAFF_HEADERS.indexOf('A1');
  return staff
    .filter((r) => r[0] !== null)
    .map((r, i) => ({ row: [r.slice(first, first + CRITERIA.length).map((v) => v ?? '')], level: [[(i % 4) + 1]] }));
}

function sample(rows: ReturnType<typeof ratingRows>): { perSecond: number; perCpuSecond: number; errorShare: number; checksum: number } {
  const cpu0 = process.cpuUsage();
  let n = 0;
  let errors = 0;
  let checksum = 0;
  const start = performance.now();
  let now = start;
  while (now - start < SAMPLE_MS) {
    for (const { row, level } of rows) {
      try {
        checksum += NOSGAP(row, level);
      } catch {
        errors++; // #VALUE! / #N/A, thrown as Excel expects
      }
    }
    n += rows.length;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpu0);
  // Per CPU second too: on a shared machine the wall-clock rate also measures the neighbours.
  return { perSecond: n / ((now - start) / 1000), perCpuSecond: n / ((cpu.user + cpu.system) / 1e6), errorShare: errors / n, checksum };
}

function main(): void {
  const runs = Number(process.argv[2]);
  const rows = ratingRows();
  sample(rows); // warm-up
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let errorShare = 0;
  for (let i = 0; i < runs; i++) {
    const s = sample(rows);
    samples.push(s.perSecond);
    cpuSamples.push(s.perCpuSecond);
    errorShare = s.errorShare;
  }
  process.stdout.write(`${JSON.stringify({ samples, cpuSamples, rows: rows.length, cells: rows[0].row[0].length, errorShare })}\n`);
}

main();

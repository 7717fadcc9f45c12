import { mkdirSync } from 'fs';
import path from 'path';
import { auditToSheets } from '../core/auditToSheets';
import { formatRunAt } from '../core/sheets/formatRunAt';
import { NOS_CATALOGUE } from '../core/nos/nosCatalogue';
import { hasStaffTable } from '../core/parse/hasStaffTable';
import { parseWorkbook } from '../core/parse/parseWorkbook';
import { runAudit } from '../core/runAudit';
import { readWorkbookFile, WorkbookReadError } from '../xlsx/readXlsx';
import { writeAuditWorkbook, WorkbookWriteError } from '../xlsx/writeXlsx';
import type { CliOptions } from './parseArgs';
import type { Progress } from './progressReporter';
import { summaryJson } from './summaryJson';

export interface CliEnv {
  log: (line: string) => void;
  progress?: Progress;
  /** Today's date (the default audit date) and the run time: read once here, at the edge, never in core. */
  today: string;
  now: Date;
}

// Progress bars only help on teams large enough to take a noticeable time.
const PROGRESS_FROM_STAFF = 2000;

/**
 * Runs one audit: read, parse, audit, write. Returns the exit code; data problems go to Audit Issues, not the exit code.
 * @example await runCli(parseArgs(['team.xlsx']), { log: console.log, today: '2026-09-01', now: new Date() }) // 0
 */
export async function runCli(opts: CliOptions, env: CliEnv): Promise<number> {
  let read;
  try {
    read = await readWorkbookFile(opts.input);
  } catch (err) {
    if (err instanceof WorkbookReadError) return fail(err.message, 3);
    throw err;
  }
  const input = parseWorkbook(read.raw, { auditDate: opts.asOf ?? env.today, auditDateExplicit: opts.asOf !== null, sheet: opts.sheet ?? undefined });
  if (!hasStaffTable(input)) return fail(`${path.basename(opts.input)}: ${input.issues[0]?.problem ?? 'no staff table found'}`, 3);

  const progress = input.staff.length >= PROGRESS_FROM_STAFF ? env.progress : undefined;
  env.log(`Read ${input.staff.length} staff from "${input.mapping.sheet}" (header row ${input.mapping.headerRow}); audit date ${input.settings.auditDate}.`);
  const audit = runAudit(input, NOS_CATALOGUE, progress);
  const sheets = auditToSheets(audit, { runAt: formatRunAt(env.now), catalogue: NOS_CATALOGUE });
  progress?.('Writing workbook', 0);
  let written;
  try {
    mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
    ({ written } = await writeAuditWorkbook(opts.input, opts.out, sheets, { workbook: read.workbook }));
  } catch (err) {
    if (err instanceof WorkbookWriteError) return fail(err.message, 3);
    if (err instanceof Error && 'code' in err) return fail(`cannot write ${opts.out}: ${err.message}`, 3);
    throw err;
  }
  progress?.('Writing workbook', 1);

  env.log(`Wrote ${opts.out}:`);
  for (const w of written) {
    const note = w.renamed ? ` (a sheet named "${w.output}" is yours, so the output went to "${w.target}")` : '';
    env.log(`  ${w.target.padEnd(22)} ${String(w.rows).padStart(7)} rows${w.action === 'append' ? ' (appended)' : ''}${note}`);
  }
  const s = audit.summary;
  env.log(`Indicators: ${s.green} Green, ${s.amber} Amber, ${s.red} Red, ${s.noData} No data. Data issues: ${s.issues} (see Audit Issues).`);
  if (opts.json) process.stdout.write(`${JSON.stringify(summaryJson(audit, written), null, 2)}\n`);
  return 0;
}

function fail(message: string, code: number): number {
  process.stderr.write(`lsa-audit: ${message.split('\n')[0]}\n`);
  return code;
}

import path from 'path';
import type { AuditInput } from '../core/auditInput';
import { auditToSheets } from '../core/auditToSheets';
import { formatRunAt } from '../core/sheets/formatRunAt';
import { NOS_CATALOGUE } from '../core/nos/nosCatalogue';
import { hasStaffTable } from '../core/parse/hasStaffTable';
import { paneAuditDate, paneSettings, withPaneSettings } from '../core/choices/paneSettings';
import { parseWorkbook } from '../core/parse/parseWorkbook';
import { runAudit } from '../core/runAudit';
import { WorkbookReadError, type WorkbookRead } from '../xlsx/readXlsx';
import { readForWrite, writeAuditWorkbook, WorkbookWriteError, type WrittenSheet } from '../xlsx/writeXlsx';
import { chooseMapping, MappingFileError, readMappingFile } from './chooseMapping';
import { formatMapping, mappingReport, type MappingReport } from './mappingReport';
import { outputFolderProblem } from './outputFolder';
import type { CliOptions } from './parseArgs';
import type { Progress } from './progressReporter';
import { readInput } from './readInput';
import { sheetsJson, summaryJson } from './summaryJson';

export interface CliEnv {
  /** Messages for the user (stdout, or stderr when stdout carries JSON). */
  log: (line: string) => void;
  /** Machine-readable output (JSON) on stdout. */
  out: (text: string) => void;
  /** One-line failures (stderr). */
  error: (line: string) => void;
  progress?: Progress;
  /** Today's date (the default audit date) and the run time: read once here, at the edge, never in core. */
  today: string;
  now: Date;
}

// Progress bars only help on teams large enough to take a noticeable time.
const PROGRESS_FROM_STAFF = 2000;

/** Thrown inside a run for a failure the user caused or can fix: one line, and its exit code. */
export class CliFailure extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/**
 * Reads a workbook (or CSV) with every read failure as a CliFailure with exit code 3.
 * @example const read = await readOrFail('team.xlsx')
 */
export async function readOrFail(file: string): Promise<WorkbookRead> {
  try {
    return await readInput(file);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw new CliFailure(err.message, 3);
    throw err;
  }
}

/**
 * Writes the audit copy with every write failure as a CliFailure with exit code 3 (one line, no temporary file names).
 * @example const written = await writeOrFail('team.xlsx', 'team-audit.xlsx', sheets, read)
 */
export async function writeOrFail(input: string, out: string, sheets: Parameters<typeof writeAuditWorkbook>[2],
  read: WorkbookRead): Promise<WrittenSheet[]> {
  try {
    return (await writeAuditWorkbook(input, out, sheets, { read })).written;
  } catch (err) {
    if (err instanceof WorkbookWriteError) throw new CliFailure(err.message, 3);
    throw err;
  }
}

/**
 * Runs one audit: read, map, parse, audit, write. Returns the exit code; data problems go to Audit Issues, not the exit code.
 * @example await runCli(parseArgs(['team.xlsx']) as CliOptions, env) // 0
 */
export async function runCli(opts: CliOptions, env: CliEnv): Promise<number> {
  try {
    return await audit(opts, env);
  } catch (err) {
    if (err instanceof CliFailure) {
      env.error(err.message.split('\n')[0]);
      return err.exitCode;
    }
    throw err;
  }
}

/** Reads and maps the input and parses it; 'shown' when --show-mapping has printed the mapping and the run is done. */
async function prepare(opts: CliOptions, env: CliEnv) {
  // Checked first: a missing or read-only folder should not cost the user a whole audit before it is refused.
  const folder = opts.showMapping ? null : outputFolderProblem(opts.out, opts.createOutDir);
  if (folder) throw new CliFailure(`Cannot write "${opts.out}": ${folder}.`, 3);
  let requests = opts.map;
  if (opts.mappingFile) {
    try {
      requests = [...readMappingFile(opts.mappingFile), ...opts.map];
    } catch (err) {
      if (err instanceof MappingFileError) throw new CliFailure(err.message, err.exitCode);
      throw err;
    }
  }
  const read = await readOrFail(opts.input);
  const choice = chooseMapping(read.raw, read.meta, opts.sheet, requests);
  if ('problem' in choice) throw new CliFailure(`--map: ${choice.problem}.`, 2);
  // The settings the pane saved in the workbook (organisation, audit date, hours) apply here too; the options win.
  const pane = paneSettings(read.meta.saved);
  const asOf = opts.asOf ?? paneAuditDate(pane);
  const input = parseWorkbook(read.raw, { auditDate: asOf ?? env.today, auditDateExplicit: asOf !== null, ...choice.parse });
  if (!hasStaffTable(input)) throw new CliFailure(`${path.basename(opts.input)}: ${input.issues[0]?.problem ?? 'no staff table found'}`, 3);
  input.settings = withPaneSettings(input.settings, pane);
  if (opts.org) input.settings = { ...input.settings, organisation: opts.org };
  const fromPane = Object.entries(pane).filter(([, v]) => v.trim() !== '').map(([k]) => k);
  const report = mappingReport(input.mapping, choice.source);
  if (opts.showMapping) {
    if (opts.json) env.out(`${JSON.stringify({ mapping: report }, null, 2)}\n`);
    else for (const line of formatMapping(report, true)) env.out(`${line}\n`);
    return 'shown' as const;
  }

  const progress = input.staff.length >= PROGRESS_FROM_STAFF ? env.progress : undefined;
  env.log(`Read ${input.staff.length} staff from "${input.mapping.sheet}" (header row ${input.mapping.headerRow}); audit date ${input.settings.auditDate}.`);
  if (fromPane.length > 0) env.log(`Settings saved in the workbook by the task pane: ${fromPane.join(', ')} (options given here win).`);
  for (const line of formatMapping(report, false)) env.log(line);
  return { read: readForWrite(read, opts.input), input, report, progress };
}

/**
 * The audit and its sheets, with what is reported after the write: the audit itself is let go before the write, so its
 * memory is free while the copy is made (the peak of a large team's run).
 */
function auditSheets(input: AuditInput, report: MappingReport, env: CliEnv, json: boolean, progress: Progress | undefined) {
  const result = runAudit(input, NOS_CATALOGUE, progress);
  const sheets = auditToSheets(result, { runAt: formatRunAt(env.now), catalogue: NOS_CATALOGUE });
  return { sheets, summary: result.summary, json: json ? summaryJson(result, [], report) : null };
}

async function audit(opts: CliOptions, env: CliEnv): Promise<number> {
  const prepared = await prepare(opts, env);
  if (prepared === 'shown') return 0;
  const { read, progress } = prepared;
  const made = auditSheets(prepared.input, prepared.report, env, opts.json, progress);
  progress?.('Writing workbook', 0);
  const written = await writeOrFail(opts.input, opts.out, made.sheets, read);
  progress?.('Writing workbook', 1);

  env.log(`Wrote ${opts.out}:`);
  for (const w of written) {
    const note = w.renamed ? ` (a sheet named "${w.output}" is yours, so the output went to "${w.target}")` : '';
    env.log(`  ${w.target.padEnd(22)} ${String(w.rows).padStart(7)} ${w.rows === 1 ? 'row ' : 'rows'}${w.action === 'append' ? ' (appended)' : ''}${note}`);
  }
  const s = made.summary;
  env.log(`Indicators: ${s.green} Green, ${s.amber} Amber, ${s.red} Red, ${s.noData} No data. Data issues: ${s.issues} (see Audit Issues).`);
  if (made.json) env.out(`${JSON.stringify({ ...made.json, sheets: sheetsJson(written) }, null, 2)}\n`);
  return 0;
}

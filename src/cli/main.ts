import { todayIso } from '../core/_lib/todayIso';
import { parseArgs, UsageError, USAGE, type CliOptions, type GroupOptions } from './parseArgs';
import { progressReporter } from './progressReporter';
import type { CliEnv } from './runCli';

/** Exit codes (SPEC 6): 0 the audit ran, 2 usage error, 3 a file it cannot read (or write). */
export const EXIT = { ok: 0, usage: 2, unreadable: 3 } as const;

// A reader that goes away (`lsa-audit ... | head -1`) closes the pipe: further output is dropped quietly and the run
// finishes its work (the workbook is still written), instead of dying on EPIPE with a stack trace.
const closed = { stdout: false, stderr: false };
for (const name of ['stdout', 'stderr'] as const) {
  process[name].on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed[name] = true;
    else throw err;
  });
}
const write = (name: 'stdout' | 'stderr', text: string) => {
  if (!closed[name]) process[name].write(text);
};

async function main(argv: string[]): Promise<number> {
  let opts: CliOptions | GroupOptions;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      write('stderr', `lsa-audit: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  if (opts.help) {
    write('stdout', `${USAGE}\n`);
    return EXIT.ok;
  }
  const quiet = opts.quiet;
  const env: CliEnv = {
    log: (line) => {
      if (!quiet) write(opts.json ? 'stderr' : 'stdout', `${line}\n`);
    },
    out: (text) => write('stdout', text),
    error: (line) => write('stderr', `lsa-audit: ${line}\n`),
    progress: quiet || closed.stderr ? undefined : progressReporter(process.stderr),
    today: todayIso(new Date()),
    now: new Date(),
  };
  // Loaded after the arguments are checked, so a usage error or --help answers at once.
  if (opts.command === 'group') return (await import('./runGroup')).runGroup(opts, env);
  return (await import('./runCli')).runCli(opts, env);
}


main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not bad data: still one line, no stack trace for the user (set LSA_DEBUG=1 to see it).
    write('stderr', `lsa-audit: unexpected error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    if (process.env.LSA_DEBUG) console.error(err);
    process.exitCode = 1;
  },
);

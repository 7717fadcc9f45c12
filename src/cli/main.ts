import { parseArgs, UsageError, USAGE, type CliOptions } from './parseArgs';
import { progressReporter } from './progressReporter';

/** Exit codes (SPEC 6): 0 the audit ran, 2 usage error, 3 a file it cannot read. */
export const EXIT = { ok: 0, usage: 2, unreadable: 3 } as const;

async function main(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`lsa-audit: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const log = (line: string) => {
    if (!opts.quiet) (opts.json ? process.stderr : process.stdout).write(`${line}\n`);
  };
  // Loaded after the arguments are checked, so a usage error answers at once.
  const { runCli } = await import('./runCli');
  return runCli(opts, { log, progress: opts.quiet ? undefined : progressReporter(process.stderr), today: todayIso(), now: new Date() });
}

function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not bad data: still one line, no stack trace for the user (set LSA_DEBUG=1 to see it).
    process.stderr.write(`lsa-audit: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.LSA_DEBUG) console.error(err);
    process.exitCode = 1;
  },
);

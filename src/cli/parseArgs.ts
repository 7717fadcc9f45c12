import path from 'path';

/** Options of `lsa-audit input.xlsx [--out output.xlsx] [--as-of YYYY-MM-DD] [--sheet NAME] [--json]`. */
export interface CliOptions {
  input: string;
  out: string;
  asOf: string | null;
  sheet: string | null;
  json: boolean;
  help: boolean;
  quiet: boolean;
}

/** The bundled sample team, found beside the code (src/cli or build/cli), so an installed package finds it too. */
export const DEFAULT_INPUT = path.join(__dirname, '..', '..', 'assets', 'sample-team.xlsx');

export const USAGE =
  'Usage: lsa-audit [input.xlsx] [--out output.xlsx] [--as-of YYYY-MM-DD] [--sheet NAME] [--json] [--quiet]';

/** A usage error: exit code 2 with a one-line message. */
export class UsageError extends Error {}

/**
 * Parses the command line. With no input it audits the bundled sample into out/sample-team-audit.xlsx.
 * @example parseArgs(['team.xlsx', '--as-of', '2026-09-01']).out // 'team-audit.xlsx'
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { input: '', out: '', asOf: null, sheet: null, json: false, help: false, quiet: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--out': case '-o': opts.out = value(); break;
      case '--as-of': opts.asOf = checkDate(value()); break;
      case '--sheet': opts.sheet = value(); break;
      case '--json': opts.json = true; break;
      case '--quiet': case '-q': opts.quiet = true; break;
      case '--help': case '-h': opts.help = true; break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`Unknown option ${flag}. ${USAGE}`);
        positional.push(arg);
    }
  }
  if (positional.length > 1) throw new UsageError(`Give one input workbook, not ${positional.length}. ${USAGE}`);
  opts.input = positional[0] ?? DEFAULT_INPUT;
  opts.out = opts.out || defaultOut(opts.input, positional.length === 0);
  if (samePath(opts.input, opts.out)) throw new UsageError('--out must differ from the input: the input workbook is never overwritten.');
  if (!/\.xlsx$/i.test(opts.out)) throw new UsageError(`--out must be an .xlsx file: ${opts.out}`);
  return opts;
}

function defaultOut(input: string, isSample: boolean): string {
  if (isSample) return 'out/sample-team-audit.xlsx';
  return input.replace(/(\.xlsx)?$/i, '-audit.xlsx');
}

function samePath(a: string, b: string): boolean {
  // Case-insensitive: Windows and macOS file systems would treat these as the same file.
  return path.resolve(a).toLowerCase() === path.resolve(b).toLowerCase();
}

function checkDate(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new UsageError(`--as-of must be a date as YYYY-MM-DD, not "${text}".`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days) throw new UsageError(`--as-of ${text} is not a real date.`);
  return text;
}

import path from 'path';
import type { MappingRequest } from '../core/choices/mappingRequests';

export { USAGE } from './usage';

/** Options shared by both commands. */
interface CommonOptions {
  out: string;
  asOf: string | null;
  org: string | null;
  json: boolean;
  help: boolean;
  quiet: boolean;
  /** The default sample run writes under out/, which it may create; a folder the user names must exist. */
  createOutDir: boolean;
}

/** `lsa-audit [input] [--out FILE] [--as-of DATE] [--sheet NAME] [--map F=H]... [--mapping FILE] [--org NAME] [--show-mapping]
 * [--json]`. */
export interface CliOptions extends CommonOptions {
  command: 'audit';
  input: string;
  sheet: string | null;
  map: MappingRequest[];
  mappingFile: string | null;
  showMapping: boolean;
}

/** `lsa-audit group FILE|FOLDER... [--out FILE] [--as-of DATE] [--each] [--org NAME] [--json]`. */
export interface GroupOptions extends CommonOptions {
  command: 'group';
  inputs: string[];
  each: boolean;
}

/** The bundled sample team, found beside the code (src/cli or build/cli), so an installed package finds it too. */
export const DEFAULT_INPUT = path.join(__dirname, '..', '..', 'assets', 'sample-team.xlsx');

/** A usage error: exit code 2 with a one-line message. */
export class UsageError extends Error {}

const SEE_HELP = 'See lsa-audit --help.';

function common(): CommonOptions {
  return { out: '', asOf: null, org: null, json: false, help: false, quiet: false, createOutDir: false };
}

/**
 * Parses the command line. With no input it audits the bundled sample into out/sample-team-audit.xlsx.
 * @example parseArgs(['team.xlsx', '--as-of', '2026-09-01']).out // 'team-audit.xlsx'
 */
export function parseArgs(argv: readonly string[]): CliOptions | GroupOptions {
  const group = argv[0] === 'group';
  const args = group ? argv.slice(1) : argv;
  const base = common();
  const audit = { sheet: null as string | null, map: [] as MappingRequest[], mappingFile: null as string | null, showMapping: false };
  let each = false;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value. ${SEE_HELP}`);
      return v;
    };
    const auditOnly = () => {
      if (group) throw new UsageError(`${flag} is for one workbook, not for lsa-audit group. ${SEE_HELP}`);
    };
    switch (flag) {
      case '--out': case '-o': base.out = value(); break;
      case '--as-of': base.asOf = checkDate(value()); break;
      case '--org': base.org = checkOrg(value()); break;
      case '--json': base.json = true; break;
      case '--quiet': case '-q': base.quiet = true; break;
      case '--help': case '-h': base.help = true; break;
      case '--sheet': auditOnly(); audit.sheet = value(); break;
      case '--map': auditOnly(); audit.map.push(mapRequest(value())); break;
      case '--mapping': auditOnly(); audit.mappingFile = value(); break;
      case '--show-mapping': auditOnly(); audit.showMapping = true; break;
      case '--each':
        if (!group) throw new UsageError(`--each is for lsa-audit group. ${SEE_HELP}`);
        each = true;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`Unknown option ${flag}. ${SEE_HELP}`);
        positional.push(arg);
    }
  }
  if (base.help) return group ? { ...base, command: 'group', inputs: positional, each } : { ...base, ...audit, command: 'audit', input: positional[0] ?? DEFAULT_INPUT };
  if (group) {
    if (positional.length === 0) throw new UsageError(`Give the sites' workbooks, or a folder holding them: lsa-audit group A.xlsx B.xlsx --out group.xlsx. ${SEE_HELP}`);
    base.out = base.out || 'group-audit.xlsx';
    for (const input of positional) if (samePath(input, base.out)) throw new UsageError('--out must differ from every input: a workbook given is never overwritten.');
    checkXlsxOut(base.out);
    return { ...base, command: 'group', inputs: positional, each };
  }
  if (positional.length > 1) throw new UsageError(`Give one input workbook, not ${positional.length} (for several sites: lsa-audit group). ${SEE_HELP}`);
  const input = positional[0] ?? DEFAULT_INPUT;
  base.createOutDir = positional.length === 0 && !base.out;
  base.out = base.out || defaultOut(input, positional.length === 0);
  if (samePath(input, base.out)) throw new UsageError('--out must differ from the input: the input workbook is never overwritten.');
  checkAuditOut(input, base.out);
  return { ...base, ...audit, command: 'audit', input };
}

function checkXlsxOut(out: string): void {
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must be an .xlsx file: ${out}`);
}

/** A macro-enabled input is copied as .xlsm, macros kept (SPEC 9.4); Excel refuses an .xlsx that holds macros, and the reverse. */
function checkAuditOut(input: string, out: string): void {
  if (!/\.xlsm$/i.test(input)) return checkXlsxOut(out);
  if (!/\.xlsm$/i.test(out)) throw new UsageError(`--out must be an .xlsm file for a macro-enabled workbook (its macros are kept): ${out}`);
}

function defaultOut(input: string, isSample: boolean): string {
  if (isSample) return path.join('out', 'sample-team-audit.xlsx');
  if (/\.xlsm$/i.test(input)) return input.replace(/\.xlsm$/i, '-audit.xlsm');
  return input.replace(/(\.xlsx|\.csv)?$/i, '-audit.xlsx');
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

function checkOrg(text: string): string {
  const name = text.trim();
  if (name === '') throw new UsageError('--org needs the organisation\'s name.');
  return name;
}

function mapRequest(text: string): MappingRequest {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--map takes FIELD=HEADER, e.g. --map "LSA level=Grade", not "${text}".`);
  return { field: text.slice(0, eq).trim(), header: text.slice(eq + 1).trim() };
}

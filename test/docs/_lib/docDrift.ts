import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import * as ts from 'typescript';
import { auditToSheets, OUTPUT_SHEET_NAMES } from '../../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { GROUP_SUMMARY_SHEET } from '../../../src/core/sheets/groupSummarySheet';
import { runAudit } from '../../../src/core/runAudit';
import { INDICATOR_DEFINITIONS } from '../../../src/core/organisation/indicatorDefinitions';
import type { CriterionActivity } from '../../../src/core/training/criterionActivity';

/** The repository root. */
export const ROOT = resolve(__dirname, '../../..');

/** What the code holds that docs/rules.md must cover. */
export interface CodeFacts {
  indicatorIds: string[];
  /** The custom functions' ids (the @customfunction tags in src/functions). */
  customFunctions?: string[];
  /** Each indicator's name and target text (e.g. ">= 90% (Amber >= 70%)"), for the table and headings. */
  indicators?: { id: string; name: string; target: string }[];
  needCategories: string[];
  sheetNames: string[];
}

/**
 * The string literals of an exported union type, read with the TypeScript checker (so `type X = 'a' | 'b'`,
 * `typeof LIST[number]` and aliases of aliases all work): no hand-kept copy of the values.
 */
export function unionLiterals(file: string, typeName: string): string[] {
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true, types: [] });
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`Cannot read ${file}`);
  const checker = program.getTypeChecker();
  const alias = source.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === typeName);
  if (!alias) throw new Error(`${file} declares no type ${typeName}`);
  const type = checker.getTypeAtLocation(alias.name);
  const parts = type.isUnion() ? type.types : [type];
  return parts.map((t) => {
    if (!t.isStringLiteral()) throw new Error(`${typeName} has a member that is not a string literal: ${checker.typeToString(t)}`);
    return t.value;
  });
}

/** The ids of the custom functions, from the @customfunction tags of src/functions (what functions.json is built from). */
export function customFunctionIds(): string[] {
  const dir = join(ROOT, 'src/functions');
  const ids: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/@customfunction\s+([A-Z][A-Z0-9_.]*)/g)) ids.push(m[1]);
  }
  return ids;
}

/** The indicator ids, need categories and output sheet names, read from the code. */
export function codeFacts(): CodeFacts {
  return {
    indicatorIds: INDICATOR_DEFINITIONS.map((d) => d.id),
    indicators: INDICATOR_DEFINITIONS.map(({ id, name, target }) => ({ id, name, target })),
    needCategories: unionLiterals(join(ROOT, 'src/core/training/trainingNeed.ts'), 'NeedCategory'),
    // The audit's sheets, and the Group Summary a group audit writes.
    sheetNames: [...OUTPUT_SHEET_NAMES, GROUP_SUMMARY_SHEET],
    customFunctions: customFunctionIds(),
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The text under the first heading whose title matches `pattern` (whole line), up to the next heading; null when none. */
function sectionOf(doc: string, pattern: string): string | null {
  const m = new RegExp(`^#{2,5} ${pattern}$`, 'm').exec(doc);
  if (!m) return null;
  const next = doc.indexOf('\n#', m.index + m[0].length);
  return doc.slice(m.index, next < 0 ? undefined : next);
}

/**
 * File paths a markdown text names: relative links `[x](../src/<file>.ts)` (resolved from the doc's folder) and
 * `code spans` that start with src/, test/, scripts/, docs/, bench/ or assets/ (resolved from the repository root).
 * @example namedPaths('see [a](../src/x.ts) and `src/y.ts`', 'docs') // [{ text: '../src/x.ts', path: '<root>/src/x.ts' }, ...]
 */
export function namedPaths(doc: string, docDir: string): { text: string; path: string }[] {
  const found: { text: string; path: string }[] = [];
  for (const m of doc.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1].split('#')[0];
    if (target === '' || /^[a-z]+:/i.test(target)) continue; // an anchor in the page, or a URL
    found.push({ text: m[1], path: resolve(ROOT, docDir, decodeURI(target)) });
  }
  for (const m of doc.matchAll(/`((?:src|test|scripts|docs|bench|assets)\/[^`\s*]+)`/g)) {
    found.push({ text: m[1], path: resolve(ROOT, m[1].replace(/[:#].*$/, '')) });
  }
  return found;
}

/**
 * Every way docs/rules.md has drifted from the code: an indicator, need category or output sheet with no heading
 * of its own (`### O11 ...`, `### Training need: NOS gap`, `### Sheet: Skills Matrix`) or whose section lacks its
 * parts (an indicator: an example, its source and its code; a need: its source and code; a sheet: its code), a named
 * file that does not exist, or the word "seed" (users see documents by title). Empty when the doc is up to date.
 * @example rulesDocProblems('## O1 Performance review', { indicatorIds: ['O1'], needCategories: [], sheetNames: [] }) // []
 */
export function rulesDocProblems(doc: string, facts: CodeFacts, exists: (path: string) => boolean = existsSync, docDir = 'docs'): string[] {
  const problems: string[] = [];
  const check = (pattern: string, what: string, heading: string, parts: string[]): void => {
    const body = sectionOf(doc, pattern);
    if (body === null) return void problems.push(`${what} has no heading "### ${heading}"`);
    const lacking = parts.filter((p) => !body.includes(p));
    if (lacking.length) problems.push(`${what}'s section lacks ${lacking.map((p) => `"${p}"`).join(', ')}`);
  };
  for (const id of facts.indicatorIds) check(`${escape(id)}\\b.*`, `indicator ${id}`, `${id} <name>`, ['Example', 'Source', 'Code:']);
  for (const c of facts.needCategories) check(`Training need: ${escape(c)}\\s*`, `training-need category "${c}"`, `Training need: ${c}`, ['Source', 'Code:']);
  for (const s of facts.sheetNames) check(`Sheet: ${escape(s)}\\s*`, `output sheet "${s}"`, `Sheet: ${s}`, ['Code:']);
  for (const f of facts.customFunctions ?? []) {
    if (!new RegExp(`^\\| \`LSA\\.${escape(f)}\\(`, 'm').test(doc)) problems.push(`custom function ${f} has no row "| \`LSA.${f}(...)\` |" in the custom functions table`);
  }
  for (const ind of facts.indicators ?? []) problems.push(...indicatorRowProblems(doc, ind));
  problems.push(...missingPaths(doc, exists, docDir));
  const seed = /\bseeds?\b/i.exec(doc);
  if (seed) problems.push(`the doc says "${seed[0]}": name the document by its title`);
  return problems;
}

/** Named files that do not exist. */
export function missingPaths(doc: string, exists: (path: string) => boolean = existsSync, docDir = 'docs'): string[] {
  return namedPaths(doc, docDir).filter((p) => !exists(p.path)).map((p) => `the doc names ${p.text}, which does not exist`);
}

/** The folder of a repository file, for resolving its links. */
export const folderOf = (file: string): string => dirname(file);

const numbers = (text: string): number[] => [...text.replace(/per 10 staff/g, '').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

/**
 * An indicator's heading says its name, and its row of the indicator table (| O1 | name | value | Green | Amber |)
 * gives the same name and the thresholds of its target text.
 * @example indicatorRowProblems('### O1 Review\n| O1 | Review | % | >= 90 | >= 70 |', { id: 'O1', name: 'Review', target: '>= 90% (Amber >= 70%)' }) // []
 */
export function indicatorRowProblems(doc: string, ind: { id: string; name: string; target: string }): string[] {
  const problems: string[] = [];
  const heading = new RegExp(`^#{2,5} ${escape(ind.id)} (.*)$`, 'm').exec(doc);
  if (heading && heading[1].trim() !== ind.name) problems.push(`indicator ${ind.id}'s heading says "${heading[1].trim()}"; the code calls it "${ind.name}"`);
  const row = new RegExp(`^\\| ${escape(ind.id)} \\|(.*)$`, 'm').exec(doc);
  if (!row) return [...problems, `indicator ${ind.id} has no row in the indicator table`];
  const cells = row[1].split('|').map((c) => c.trim());
  if (cells[0] !== ind.name) problems.push(`indicator ${ind.id} is "${cells[0]}" in the table; the code calls it "${ind.name}"`);
  const shown = numbers(`${cells[2] ?? ''} ${cells[3] ?? ''}`);
  const coded = numbers(ind.target);
  if (shown.join(',') !== coded.join(',')) problems.push(`indicator ${ind.id}'s thresholds in the table (${shown.join(', ')}) differ from the code's "${ind.target}"`);
  return problems;
}

const words = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const UNIT_ACTIVITY = /^QCF unit: (.*) \((\d+) credits?, Level (\d)\)$/;

/**
 * The activity map table (| A1 | focus | kind | activity |) against the code's map: one row per criterion, the same
 * kind, and for a QCF unit the same unit, credits and level. Wording of other activities is the page's own.
 * @example activityMapProblems('| A3 | x | shadowing | shadow an LSA |', [{ code: 'A3', kind: 'shadowing', activity: '...', focus: 'x', credits: null }]) // []
 */
export function activityMapProblems(doc: string, activities: readonly CriterionActivity[]): string[] {
  const problems: string[] = [];
  for (const a of activities) {
    const row = new RegExp(`^\\| ${escape(a.code)} \\|(.*)$`, 'm').exec(doc);
    if (!row) {
      problems.push(`criterion ${a.code} has no row in the activity map`);
      continue;
    }
    const [, kind = '', activity = ''] = row[1].split('|').map((c) => c.trim());
    if (kind !== a.kind) problems.push(`criterion ${a.code}'s activity is "${kind}" on the page and "${a.kind}" in the code`);
    const unit = UNIT_ACTIVITY.exec(a.activity);
    if (unit) {
      const shown = /^(.*) \((\d+) credits?, Level (\d)\)$/.exec(activity);
      if (!shown || words(shown[1]) !== words(unit[1]) || shown[2] !== unit[2] || shown[3] !== unit[3]) {
        problems.push(`criterion ${a.code}'s unit is "${activity}" on the page and "${unit[1]} (${unit[2]} credits, Level ${unit[3]})" in the code`);
      }
    }
  }
  return problems;
}

/**
 * Each output sheet's name and column headers, as the code builds them: a two-person team (with a PDP objective, so
 * no sheet is empty) is parsed, audited and turned into sheets.
 */
export function sheetHeadersFromCode(): { name: string; headers: string[] }[] {
  const staff = [['Staff ID', 'Name', 'LSA level', 'A1'], ['S1', 'Ann Lee', 2, 2], ['S2', 'Bob Ray', 3, 3]];
  const pdp = [['Staff ID', 'Objective', 'Review date'], ['S1', 'Shadow a senior LSA in two sessions by June 2027', '2027-03-31']];
  const raw = { sheets: [{ name: 'Staff', firstRow: 1, firstColumn: 1, rows: staff }, { name: 'PDP', firstRow: 1, firstColumn: 1, rows: pdp }] };
  const audit = runAudit(parseWorkbook(raw, { auditDate: '2026-09-01' }), NOS_CATALOGUE);
  return auditToSheets(audit, { runAt: '2026-09-01 10:00', catalogue: NOS_CATALOGUE }).map((s) => ({ name: s.name, headers: s.headers }));
}

/**
 * Column headers of each output sheet that its "### Sheet: <name>" section does not mention. Criterion columns
 * (A1 ... C7) and Audit History's one column per indicator ("O1 Performance review") are described as groups.
 * @example sheetHeaderProblems('### Sheet: Audit Issues\nSheet, Row', [{ name: 'Audit Issues', headers: ['Sheet', 'Row', 'Severity'] }]) // ['...Severity...']
 */
export function sheetHeaderProblems(doc: string, sheets: readonly { name: string; headers: readonly string[] }[]): string[] {
  const problems: string[] = [];
  for (const sheet of sheets) {
    const start = doc.search(new RegExp(`^#{2,5} Sheet: ${escape(sheet.name)}\\s*$`, 'm'));
    if (start < 0) continue; // rulesDocProblems reports the missing heading
    const next = doc.indexOf('\n#', start);
    const section = doc.slice(start, next < 0 ? undefined : next).replace(/\s+/g, ' ');
    for (const header of sheet.headers) {
      if (/^[ABC]\d+$/.test(header) || /^O\d+ /.test(header)) continue;
      if (!section.includes(header)) problems.push(`sheet "${sheet.name}" has a column "${header}" that its section does not mention`);
    }
  }
  return problems;
}

/**
 * Names the doc gives in brackets after a linked file ("[gapScore.ts](../src/core/nos/gapScore.ts) (`priorityGaps`)")
 * that the file does not contain, so "the code is in X, under Y" stays true. A dotted name is looked up by its last
 * part; formulas (`=LSA...`) are skipped.
 * @example symbolProblems('[a.ts](../src/a.ts) (`nope`)', () => 'export const yes = 1') // ['...nope...']
 */
export function symbolProblems(doc: string, read: (path: string) => string | null, docDir = 'docs'): string[] {
  const problems: string[] = [];
  for (const m of doc.matchAll(/\]\(([^)\s#]+\.tsx?)(?:#[^)]*)?\)\s+\(([^()]*)\)/g)) {
    const names = [...m[2].matchAll(/`([^`]+)`/g)].map((n) => n[1]).filter((n) => !n.startsWith('=') && /^[A-Za-z_][\w.]*$/.test(n));
    if (names.length === 0) continue;
    const text = read(resolve(ROOT, docDir, m[1]));
    if (text === null) continue; // missingPaths reports it
    for (const name of names) {
      const last = name.split('.').pop()!;
      if (!new RegExp(`\\b${escape(last)}\\b`).test(text)) problems.push(`the doc says ${m[1]} has \`${name}\`, which it does not`);
    }
  }
  return problems;
}

/** A file's text, or null when it cannot be read. */
export function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The "### Audit Issue codes" table (| `code` | meaning | example |) against the code's AUDIT_ISSUE_CODES: exactly the
 * same codes, each with the code's meaning word for word and an example.
 * @example issueCodeTableProblems('### Audit Issue codes\n| `future-date` | A date after | Due 2027 |', { 'future-date': 'A date after' }) // []
 */
export function issueCodeTableProblems(doc: string, codes: Readonly<Record<string, string>>): string[] {
  const start = doc.search(/^### Audit Issue codes\s*$/m);
  if (start < 0) return ['the doc has no heading "### Audit Issue codes"'];
  const next = doc.indexOf('\n#', start + 1);
  const rows = new Map<string, string[]>();
  for (const m of doc.slice(start, next < 0 ? undefined : next).matchAll(/^\| `([^`]+)` \|(.*)\|\s*$/gm)) {
    rows.set(m[1], m[2].split('|').map((c) => c.trim()));
  }
  const problems: string[] = [];
  for (const [code, meaning] of Object.entries(codes)) {
    const row = rows.get(code);
    if (!row) problems.push(`issue code ${code} has no row in the Audit Issue codes table`);
    else {
      if (row[0] !== meaning) problems.push(`issue code ${code} means "${row[0]}" in the doc; the code says "${meaning}"`);
      if (!row[1]) problems.push(`issue code ${code} has no example`);
    }
  }
  for (const code of rows.keys()) if (!(code in codes)) problems.push(`the doc lists issue code ${code}, which the code does not have`);
  return problems;
}

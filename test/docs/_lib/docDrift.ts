import { existsSync } from 'fs';
import { dirname, join, resolve } from 'path';
import * as ts from 'typescript';
import { OUTPUT_SHEET_NAMES } from '../../../src/core/auditToSheets';
import { INDICATOR_DEFINITIONS } from '../../../src/core/organisation/indicatorDefinitions';

/** The repository root. */
export const ROOT = resolve(__dirname, '../../..');

/** What the code holds that docs/rules.md must cover. */
export interface CodeFacts {
  indicatorIds: string[];
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

/** The indicator ids, need categories and output sheet names, read from the code. */
export function codeFacts(): CodeFacts {
  return {
    indicatorIds: INDICATOR_DEFINITIONS.map((d) => d.id),
    needCategories: unionLiterals(join(ROOT, 'src/core/training/trainingNeed.ts'), 'NeedCategory'),
    sheetNames: [...OUTPUT_SHEET_NAMES],
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const headingWith = (doc: string, pattern: string): boolean => new RegExp(`^#{2,5} ${pattern}`, 'm').test(doc);

/**
 * File paths a markdown text names: relative links `[x](../src/a.ts)` (resolved from the doc's folder) and
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
 * of its own (`### O11 ...`, `### Training need: NOS gap`, `### Sheet: Skills Matrix`), a named file that does not
 * exist, or the word "seed" (users see documents by title). Empty when the doc is up to date.
 * @example rulesDocProblems('## O1 Performance review', { indicatorIds: ['O1'], needCategories: [], sheetNames: [] }) // []
 */
export function rulesDocProblems(doc: string, facts: CodeFacts, exists: (path: string) => boolean = existsSync, docDir = 'docs'): string[] {
  const problems: string[] = [];
  for (const id of facts.indicatorIds) {
    if (!headingWith(doc, `${escape(id)}\\b`)) problems.push(`indicator ${id} has no heading "### ${id} <name>"`);
  }
  for (const c of facts.needCategories) {
    if (!headingWith(doc, `Training need: ${escape(c)}\\s*$`)) problems.push(`training-need category "${c}" has no heading "### Training need: ${c}"`);
  }
  for (const s of facts.sheetNames) {
    if (!headingWith(doc, `Sheet: ${escape(s)}\\s*$`)) problems.push(`output sheet "${s}" has no heading "### Sheet: ${s}"`);
  }
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

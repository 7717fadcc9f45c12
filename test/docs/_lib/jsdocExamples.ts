import { readdirSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';
import vm from 'vm';

/** The repository root. */
export const ROOT = join(__dirname, '../../..');

/** One `@example` of a JSDoc comment: the code, and the value it promises after `//` (null when none). */
export interface JsdocExample {
  file: string;
  line: number;
  code: string;
  expected: string | null;
}

/** How one example fared: run and right, run and wrong, or not run (and why). */
export type ExampleResult =
  | { example: JsdocExample; outcome: 'right' }
  | { example: JsdocExample; outcome: 'wrong'; actual: string; expected: string }
  | { example: JsdocExample; outcome: 'throws'; error: string }
  | { example: JsdocExample; outcome: 'illustrative'; why: string };

/** The .ts files under a folder of the repository (relative paths). */
export const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );

/**
 * The `@example` lines of a file's comments. The example runs to the end of its line; its last `//` (outside a
 * string) separates the code from the promised value.
 * @example examplesIn('/** @example f(1) // 2 *\/', 'a.ts') // [{ file: 'a.ts', line: 1, code: 'f(1)', expected: '2' }]
 */
export function examplesIn(text: string, file: string): JsdocExample[] {
  const out: JsdocExample[] = [];
  text.split('\n').forEach((lineText, i) => {
    const m = /@example\s+(.*?)\s*(?:\*\/\s*)?$/.exec(lineText);
    if (!m) return;
    const [code, expected] = splitExpected(m[1]);
    out.push({ file, line: i + 1, code, expected });
  });
  return out;
}

/** Splits "f(1) // 2" at the last `//` that is not inside a string literal. */
function splitExpected(text: string): [string, string | null] {
  let quote: string | null = null;
  let split = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && text[i + 1] === '/') split = i;
  }
  return split < 0 ? [text.trim(), null] : [text.slice(0, split).trim(), text.slice(split + 2).trim()];
}

/** TypeScript example code as JavaScript (type annotations removed). */
const toJs = (code: string): string => ts.transpile(code, { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None }).trim();

/**
 * The value a promise text means, or null when it is prose ("true for ...", "e.g. 12.5"). A trailing "(why)" is
 * commentary. `...` abridges: inside a string it stands for any text; as the last entry of an object, for any other
 * keys (the object's listed keys are checked).
 */
export function readPromise(text: string): { value: unknown; subset: boolean } | null {
  const ABRIDGED = '\u0000';
  for (const t of [text, text.replace(/\s*\([^()]*\)\s*$/, '')]) {
    const subset = /,\s*\.\.\.\s*\}$/.test(t);
    const body = subset ? t.replace(/,\s*\.\.\.\s*\}$/, ' }') : t;
    // Only literals are read: a call or a bare name ('GOOD', 'target x') makes the promise prose.
    if (!isLiteralText(body)) continue;
    try {
      const value = vm.runInNewContext(`(${body.replace(/\.\.\./g, ABRIDGED)})`, {}, { timeout: 100 });
      return { value, subset };
    } catch {
      continue;
    }
  }
  return null;
}

/** True when the text is one literal: strings, numbers, true/false/null/undefined, and arrays and objects of them. */
function isLiteralText(text: string): boolean {
  const source = ts.createSourceFile('p.ts', `(${text})`, ts.ScriptTarget.Latest, false);
  if (source.statements.length !== 1 || (source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length) return false;
  const statement = source.statements[0];
  if (!ts.isExpressionStatement(statement)) return false;
  const literal = (node: ts.Node): boolean => {
    if (ts.isParenthesizedExpression(node)) return literal(node.expression);
    if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
    if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
    if (ts.isIdentifier(node)) return node.text === 'undefined';
    if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
    if (ts.isArrayLiteralExpression(node)) return node.elements.every(literal);
    if (ts.isObjectLiteralExpression(node)) return node.properties.every((p) => ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && literal(p.initializer));
    return false;
  };
  return literal(statement.expression);
}

/** True when `actual` is what `expected` promises: strings with the abridging mark match as patterns. */
function matches(expected: unknown, actual: unknown, subset: boolean): boolean {
  if (typeof expected === 'string' && expected.includes('\u0000')) {
    const parts = expected.split(/\s*\u0000\s*/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return typeof actual === 'string' && new RegExp(`^${parts.join('[^]*')}$`).test(actual);
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i], false));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    const present = Object.keys(actual).filter((k) => (actual as Record<string, unknown>)[k] !== undefined);
    if (!subset && present.length !== keys.length) return false;
    return keys.every((k) => matches((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], false));
  }
  return Object.is(expected, actual) || (typeof expected === 'number' && expected === actual);
}

/** Code that abridges its input ("[[3, 'good', ...]]", "...17 cells") rather than spreading a value. */
const abridgedCode = (code: string): boolean => /\.\.\.(?![A-Za-z_$(\[{])/.test(code.replace(/'(?:[^'\\]|\\.)*'/g, "''"));

/** Runs one example with the given names in scope. */
export function runExample(example: JsdocExample, scope: Record<string, unknown>): ExampleResult {
  if (example.expected === null) return { example, outcome: 'illustrative', why: 'promises no value' };
  if (abridgedCode(example.code)) return { example, outcome: 'illustrative', why: 'its input is abridged (...)' };
  const promise = readPromise(example.expected);
  if (!promise) return { example, outcome: 'illustrative', why: `"${example.expected}" is prose, not a value` };
  // The host's constructors, so a Date built in an example is a Date to the code under test (instanceof crosses no realm).
  const context = vm.createContext({ Date, Map, Set, ...scope });
  let actual: unknown;
  try {
    actual = vm.runInContext(toJs(example.code), context, { timeout: 2000 });
  } catch (e) {
    const message = (e as Error).message;
    if (/is not defined$/.test(message)) return { example, outcome: 'illustrative', why: `uses a name it does not define (${message})` };
    return { example, outcome: 'throws', error: message };
  }
  return matches(promise.value, actual, promise.subset)
    ? { example, outcome: 'right' }
    : { example, outcome: 'wrong', actual: JSON.stringify(actual), expected: example.expected };
}

/** Every export of the given files, a file's own first (so its examples see its names). */
export function scopeFor(file: string, all: readonly string[]): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const f of [file, ...all.filter((a) => a !== file)]) {
    const mod = require(join(ROOT, f));
    for (const [name, value] of Object.entries(mod)) if (!(name in scope)) scope[name] = value;
  }
  return scope;
}

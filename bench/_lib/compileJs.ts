import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { dirname, join, relative } from 'path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
/** Compiled copy of src/ and bench/, so child processes time the product's JavaScript, not ts-node. */
export const JS_ROOT = join(ROOT, 'bench', '.cache', 'js');

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.CommonJS,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  resolveJsonModule: true,
};

function* files(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name === '.cache' || name === 'node_modules' || name === 'results.json') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

function compileDir(dir: string): number {
  let n = 0;
  for (const file of files(dir)) {
    const rel = relative(ROOT, file);
    const isTs = /\.tsx?$/.test(file) && !file.endsWith('.d.ts');
    const out = join(JS_ROOT, isTs ? rel.replace(/\.tsx?$/, '.js') : rel);
    if (existsSync(out) && statSync(out).mtimeMs >= statSync(file).mtimeMs) continue;
    mkdirSync(dirname(out), { recursive: true });
    if (isTs) {
      const js = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: OPTIONS, fileName: file }).outputText;
      writeFileSync(out, js);
    } else copyFileSync(file, out);
    n++;
  }
  return n;
}

/**
 * Transpiles src/, bench/ and the Excel fake (test/excel/_lib) to bench/.cache/js (only files that changed); returns the JS root.
 * Transpile-only, like the npm scripts: a type error elsewhere in src does not stop the benchmark.
 */
export function compileJs(): string {
  for (const dir of ['src', 'bench', 'test/excel/_lib']) compileDir(join(ROOT, dir));
  return JS_ROOT;
}

/** The compiled path of a source file given relative to the project root ("src/cli/main.ts"). */
export function compiledPath(rel: string): string {
  return join(JS_ROOT, rel.replace(/\.tsx?$/, '.js'));
}

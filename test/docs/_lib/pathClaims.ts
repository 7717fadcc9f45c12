import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { basename, dirname, join, posix } from 'path';
import * as ts from 'typescript';

/** The repository root. */
export const ROOT = join(__dirname, '../../..');

/** A path some text names, and where: file and 1-based line. */
export interface PathClaim {
  file: string;
  line: number;
  path: string;
}

const TOP_FOLDERS = ['src', 'test', 'scripts', 'bench', 'bin', 'docs', 'assets', '.ci'];
const ROOT_FILES = ['manifest.xml', 'package.json', 'package-lock.json', 'webpack.config.js', 'eslint.config.js', 'jest.config.js', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'CONTRIBUTING.md'];
// A path: one of the top folders (or ./, ../) then path characters, ending on a word character.
const FOLDER_PATH = new RegExp(`(?<![\\w./@:-])((?:\\.\\.?/)*(?:${TOP_FOLDERS.map((f) => f.replace('.', '\\.')).join('|')})/[\\w./-]*[\\w])`, 'g');
// A bare file name of the repository's own kinds (gapScore.ts, rules.md, manifestCheck.js), looked up anywhere.
const BARE_FILE = /(?<![\w./@:=-])([A-Za-z_][\w-]*(?:\.[\w-]+)*\.(?:tsx?|js|md|xsd|xml))(?![\w/-])/g;
/** Dotted names that look like files but are products, not paths in this repository. */
const NOT_FILES = new Set(['Office.js', 'Node.js', 'node.js', 'React.js', 'office.js', 'exceljs.js']);

/** Where a line starts, for each character offset. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** The comments of a TypeScript or JavaScript file, each with its offset (found from the parsed tokens). */
export function commentsOf(text: string, jsx = false): { text: string; at: number }[] {
  const source = ts.createSourceFile(jsx ? 'x.tsx' : 'x.ts', text, ts.ScriptTarget.Latest, false, jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const seen = new Map<number, string>();
  const collect = (pos: number): void => {
    for (const r of [...(ts.getLeadingCommentRanges(text, pos) ?? []), ...(ts.getTrailingCommentRanges(text, pos) ?? [])]) {
      seen.set(r.pos, text.slice(r.pos, r.end));
    }
  };
  const visit = (node: ts.Node): void => {
    collect(node.pos);
    collect(node.end);
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([at, t]) => ({ text: t, at }));
}

/**
 * The repository paths a text names: paths under a top folder (src/, test/, docs/, ...), root files such as
 * manifest.xml, and bare file names (gapScore.ts). Globs and placeholders (`*`, `<...>`, `xyz`) are skipped.
 * @example pathsIn('see src/core/a.ts and b.md', 'x.ts', 0) // [{ file: 'x.ts', line: 1, path: 'src/core/a.ts' }, { ..., path: 'b.md' }]
 */
export function pathsIn(text: string, file: string, offset: number, whole: string = text): PathClaim[] {
  // An @example line shows a function's input and output: the paths in it are data, not claims about the repository.
  text = text.replace(/@example.*/g, (line) => ' '.repeat(line.length));
  const claims: PathClaim[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(FOLDER_PATH)) {
    if (/^[-\w./]*[*<{$]/.test(text.slice(m.index! + m[0].length))) continue; // a glob or a placeholder
    claims.push({ file, line: lineOf(whole, offset + m.index!), path: m[1] });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(BARE_FILE)) {
    if (taken.some(([a, b]) => m.index! >= a && m.index! < b) || NOT_FILES.has(m[1])) continue;
    claims.push({ file, line: lineOf(whole, offset + m.index!), path: m[1] });
  }
  return claims;
}

/** Files git tracks or would track (new, not ignored), relative to the root with forward slashes. */
export function trackedFiles(): string[] {
  const run = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ls-files failed: ${run.stderr}`);
  return run.stdout.split('\0').filter(Boolean).filter((f) => existsSync(join(ROOT, f)));
}

/** True when git ignores the path (a build or run output such as dist/ or bench/results.json). */
export const gitIgnores = (path: string): boolean =>
  [path, `${path}/`].some((p) => spawnSync('git', ['check-ignore', '-q', '--no-index', p], { cwd: ROOT }).status === 0);

/** Every path claim in the texts the claims test reads: whole documents, and the comments of code. */
export function allClaims(files: readonly string[]): PathClaim[] {
  const WHOLE = (f: string): boolean => f === 'README.md' || f === 'manifest.xml' || f === '.ci/run' || /^docs\/.*\.md$/.test(f) || /^(scripts|bench|test)\/.*README\.md$/.test(f);
  const CODE = (f: string): boolean => /^(src|test|scripts|bench|bin)\//.test(f) && /\.(tsx?|js)$/.test(f) && !f.startsWith('test/docs/_fixtures/');
  const claims: PathClaim[] = [];
  for (const file of files) {
    if (WHOLE(file)) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      claims.push(...pathsIn(text, file, 0));
    } else if (CODE(file)) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const c of commentsOf(text, file.endsWith('x'))) claims.push(...pathsIn(c.text, file, c.at, text));
    }
  }
  return claims;
}

/**
 * The claims that name nothing: a path is found from the root, or from the naming file's folder (a relative link),
 * or, for a ../ link quoted in a code comment, from docs/ (where the markdown it quotes lives);
 * a bare file name is found when some tracked file has that name; git-ignored paths (outputs) are exempt.
 */
export function falseClaims(claims: readonly PathClaim[], files: readonly string[]): string[] {
  const names = new Set(files.map((f) => basename(f)));
  const folders = new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const exists = (p: string): boolean => files.includes(p) || folders.has(p.replace(/\/$/, ''));
  const out: string[] = [];
  for (const c of claims) {
    const bare = !c.path.includes('/');
    const fromRoot = posix.normalize(c.path);
    const fromFile = posix.normalize(posix.join(dirname(c.file), c.path));
    const fromDocs = c.path.startsWith('../') && !c.file.endsWith('.md') ? posix.normalize(posix.join('docs', c.path)) : fromRoot;
    const found = bare ? names.has(c.path) || (ROOT_FILES.includes(c.path) && exists(c.path)) : exists(fromRoot) || exists(fromFile) || exists(fromDocs);
    if (found || gitIgnores(bare ? c.path : fromRoot) || (!bare && gitIgnores(fromFile))) continue;
    out.push(`${c.file}:${c.line} names ${c.path}, which does not exist`);
  }
  return [...new Set(out)];
}

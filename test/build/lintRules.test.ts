import path from 'path';
import { ESLint } from 'eslint';

// The project's own lint rules, shown to fire on a bad example: eslint.config.js is run on text as if it were a
// file at the given path (nothing is written). The config is handed over as loaded, since eslint's own loading of
// it uses a dynamic import that jest does not support.
const ROOT = path.join(__dirname, '../..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require('../../eslint.config.js') });

/** The messages eslint.config.js gives for `code` placed at `file`, as "rule: message". */
async function lint(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('src/core never reads the clock', () => {
  test.each([
    ['Date.now()', 'export const t = Date.now();\n', 'no-restricted-properties'],
    ['new Date() with no arguments', 'export const t = new Date();\n', 'no-restricted-syntax'],
    ['Date() called as a function', 'export const t = Date();\n', 'no-restricted-syntax'],
    ['performance.now()', 'export const t = performance.now();\n', 'no-restricted-properties'],
  ])('refuses %s in src/core', async (_what, code, rule) => {
    const messages = await lint(code, 'src/core/_lib/clockProbe.ts');
    expect(messages.some((m) => m.startsWith(`${rule}:`) && m.includes('never reads the clock'))).toBe(true);
  });

  test('allows a date built from its arguments, and the clock outside core', async () => {
    expect(await lint("export const d = new Date(Date.UTC(2026, 8, 1));\nexport const e = new Date('2026-09-01');\n", 'src/core/_lib/clockProbe.ts')).toEqual([]);
    expect(await lint('export const t = Date.now();\nexport const n = new Date();\n', 'src/cli/clockProbe.ts')).toEqual([]);
  });
});

describe('lines in src/ stay within 140 characters', () => {
  const long = `export const total = ${Array.from({ length: 40 }, (_, i) => `n${i}`).join(' + ')};\n`;
  const lengths = (code: string): number => Math.max(...code.split('\n').map((l) => l.length));

  test('a line of code over 140 characters in src/ is refused; one of 140 passes', async () => {
    const vars = Array.from({ length: 40 }, (_, i) => `export const n${i} = ${i};\n`).join('');
    expect(lengths(long)).toBeGreaterThan(140);
    expect(await lint(vars + long, 'src/core/_lib/lengthProbe.ts')).toEqual([expect.stringMatching(/^max-len: This line has a length of \d+\. Maximum allowed is 140\./)]);
    const exact = `// ${'x'.repeat(137)}\n`;
    expect(lengths(exact)).toBe(140);
    expect(await lint(exact, 'src/core/_lib/lengthProbe.ts')).toEqual([]);
  });

  test('a long string literal or an @example line is allowed', async () => {
    expect(await lint(`export const text = '${'word '.repeat(40)}';\n`, 'src/core/_lib/lengthProbe.ts')).toEqual([]);
    expect(await lint(`/** @example f(${'1, '.repeat(60)}1) // 1 */\nexport const f = (..._n: number[]): number => 1;\n`, 'src/core/_lib/lengthProbe.ts')).toEqual([]);
  });
});

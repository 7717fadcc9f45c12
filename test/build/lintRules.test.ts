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

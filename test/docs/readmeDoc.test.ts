import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { missingPaths, ROOT } from './_lib/docDrift';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** A build or run output the README points to (bench/results.json) is git-ignored, and exists once its command runs. */
const existsOrIsOutput = (path: string): boolean =>
  existsSync(path) || spawnSync('git', ['check-ignore', '-q', path], { cwd: ROOT }).status === 0;

/** Folders of src/core (and nested ones such as nos/standards) that the layout table has no line for. */
function foldersMissingFromLayout(readme: string): string[] {
  const folders: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const path = `${dir}/${e.name}`;
      // A private _lib inside an area belongs to that area's line; only core's own _lib needs one.
      if (e.name !== '_lib' || dir === 'src/core') folders.push(path);
      walk(path);
    }
  };
  walk('src/core');
  return folders.filter((f) => !readme.includes(`| \`${f}/\` |`));
}

describe('README', () => {
  test('starts with the two commands, as before', () => {
    const lines = README.split('\n');
    expect(lines.slice(3, 5)).toEqual([
      'npm ci && npm run audit     # audits the bundled sample team: assets/sample-team.xlsx -> out/sample-team-audit.xlsx',
      'npm ci && npm test          # type check, lint (including the layering rule), then every test',
    ]);
  });

  test('sends readers to the rules and columns pages in the repository, never to ../shared', () => {
    expect(README).not.toContain('../shared');
    expect(README).toContain('](docs/rules.md)');
    expect(README).toContain('](docs/columns.md)');
    expect(README).not.toMatch(/\bseeds? \d{3}\b/i);
  });

  test('names only files that exist (or outputs its commands write)', () => {
    expect(missingPaths(README, existsOrIsOutput, '.')).toEqual([]);
    expect(missingPaths('`src/core/nos/noSuchFile.ts`', existsOrIsOutput, '.')).toHaveLength(1);
  });

  test('its layout table\'s root line names every file at the root of src/core', () => {
    const line = README.split('\n').find((l) => l.startsWith('| `src/core/` (root) |')) ?? '';
    const files = readdirSync(join(ROOT, 'src/core')).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !line.includes(`\`${f}\``))).toEqual([]);
  });

  test('its layout table has a line for every folder of src/core', () => {
    expect(foldersMissingFromLayout(README)).toEqual([]);
    expect(foldersMissingFromLayout(README.replace('| `src/core/workforce/` |', '| workforce |'))).toEqual(['src/core/workforce']);
  });
});

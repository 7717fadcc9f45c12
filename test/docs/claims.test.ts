import { allClaims, commentsOf, falseClaims, pathsIn, trackedFiles } from './_lib/pathClaims';

// Every repository path that the README, docs/, manifest.xml, .ci/run and the comments of the code name must exist:
// a comment that cites a file which was renamed or never written is a false claim. Git-ignored outputs are exempt.
describe('claims: named paths exist', () => {
  const files = trackedFiles();

  test('every path named in the docs, the manifest, .ci/run and code comments exists', () => {
    expect(falseClaims(allClaims(files), files)).toEqual([]);
  });

  test('a comment naming a missing file fails, with the place that names it', () => {
    const text = 'const a = 1;\n// see src/core/noSuchFile.ts and noSuchHelper.ts\nconst b = "src/core/inAString.ts";\n';
    const claims = commentsOf(text).flatMap((c) => pathsIn(c.text, 'src/x.ts', c.at, text));
    expect(falseClaims(claims, files)).toEqual([
      'src/x.ts:2 names src/core/noSuchFile.ts, which does not exist',
      'src/x.ts:2 names noSuchHelper.ts, which does not exist',
    ]);
  });

  test('a path that git ignores (a build output) is exempt; a path relative to the naming file is found', () => {
    const claims = pathsIn('dist/functions.json, bench/results.json, [rules](rules.md), ../src/core/runAudit.ts', 'docs/a.md', 0);
    expect(falseClaims(claims, files)).toEqual([]);
  });
});

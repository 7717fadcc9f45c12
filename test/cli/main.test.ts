import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { INDICATOR_DEFINITIONS } from '../../src/core/organisation/indicatorDefinitions';
import { ROOT, runCliProcess } from '../_lib/runCliProcess';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-cli-'));
const sample = path.join(ROOT, 'assets/sample-team.xlsx');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectOneLineFailure(r: { code: number | null; stderr: string; stdout: string }, code: number) {
  expect(r.code).toBe(code);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^lsa-audit: /);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('lsa-audit command line', () => {
  it('audits a workbook, exits 0, and leaves the input bytes identical', () => {
    const before = sha(sample);
    const out = path.join(dir, 'ok.xlsx');
    const r = runCliProcess([sample, '--out', out, '--as-of', '2026-09-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote .*ok\.xlsx/);
    expect(r.stdout).toMatch(new RegExp(`Audit Summary\\s+${INDICATOR_DEFINITIONS.length} rows`));
    expect(existsSync(out)).toBe(true);
    expect(sha(sample)).toBe(before);
  });

  it.each([
    [['--frobnicate']],
    [['--as-of', '2026-13-01']],
    [[sample, '--out', sample]],
  ])('a usage error %j exits 2 with one line', (args) => {
    expectOneLineFailure(runCliProcess(args), 2);
  });

  it('a missing file exits 3 with one line and writes nothing', () => {
    const out = path.join(dir, 'missing-out.xlsx');
    expectOneLineFailure(runCliProcess([path.join(dir, 'nope.xlsx'), '--out', out]), 3);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['not a workbook', Buffer.from('Name,Role\nAnn,LSA\n')],
    ['a truncated workbook', readFileSync(sample).subarray(0, 2000)],
    ['a password-protected workbook', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)])],
  ])('%s exits 3 with one line and leaves no partial output', (_, bytes) => {
    const input = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(input, bytes);
    const out = `${input}.out.xlsx`;
    expectOneLineFailure(runCliProcess([input, '--out', out]), 3);
    expect(existsSync(out)).toBe(false);
  });
});

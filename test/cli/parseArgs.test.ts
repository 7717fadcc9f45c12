import path from 'path';
import { parseArgs, UsageError } from '../../src/cli/parseArgs';

describe('parseArgs', () => {
  it('audits the bundled sample into out/ when no input is given', () => {
    const o = parseArgs([]);
    expect(o).toMatchObject({ out: 'out/sample-team-audit.xlsx', json: false });
    expect(o.input).toBe(path.join(__dirname, '../../assets/sample-team.xlsx'));
  });
  it('derives the output name from the input', () => {
    expect(parseArgs(['team.xlsx']).out).toBe('team-audit.xlsx');
  });
  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const o = parseArgs(['in.xlsx', '--out=o.xlsx', '--as-of', '2026-09-01', '--sheet', 'LSA Team', '--json']);
    expect(o).toMatchObject({ input: 'in.xlsx', out: 'o.xlsx', asOf: '2026-09-01', sheet: 'LSA Team', json: true });
  });
  it.each([
    [['--bogus']],
    [['--as-of', '2026-02-30']],
    [['--as-of', '01/09/2026']],
    [['a.xlsx', 'b.xlsx']],
    [['in.xlsx', '--out', 'in.xlsx']],
    [['in.xlsx', '--out', './IN.xlsx']],
    [['in.xlsx', '--out']],
    [['in.xlsx', '--out', 'report.csv']],
  ])('refuses %j as a usage error', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});

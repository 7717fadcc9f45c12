import path from 'path';
import { parseArgs, UsageError, type CliOptions } from '../../src/cli/parseArgs';

describe('parseArgs', () => {
  it('audits the bundled sample into out/ when no input is given', () => {
    const o = parseArgs([]) as CliOptions;
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
  it('reads the mapping options: --map (repeatable), --mapping, --show-mapping, --org', () => {
    const o = parseArgs(['in.xlsx', '--map', 'LSA level=Grade', '--map=Hours per week=Hrs/wk', '--mapping', 'm.json', '--show-mapping', '--org', ' Northgate ']) as CliOptions;
    expect(o.map).toEqual([{ field: 'LSA level', header: 'Grade' }, { field: 'Hours per week', header: 'Hrs/wk' }]);
    expect(o).toMatchObject({ mappingFile: 'm.json', showMapping: true, org: 'Northgate' });
  });
  it('a macro-enabled .xlsm input is copied as .xlsm, never as .xlsx', () => {
    expect(parseArgs(['team.xlsm']).out).toBe('team-audit.xlsm');
    expect(() => parseArgs(['team.xlsm', '--out', 'team-audit.xlsx'])).toThrow(/\.xlsm/);
    expect((parseArgs(['team.xlsm', '--out', 'copy.XLSM']) as CliOptions).out).toBe('copy.XLSM');
  });

  it('a .csv input is written to an .xlsx beside it', () => {
    expect(parseArgs(['team.csv']).out).toBe('team-audit.xlsx');
  });
  it('reads the group command: several inputs, --each, and a default output', () => {
    expect(parseArgs(['group', 'a.xlsx', 'sites/', '--each', '--as-of', '2026-09-01'])).toMatchObject({ command: 'group', inputs: ['a.xlsx', 'sites/'], each: true, out: 'group-audit.xlsx', asOf: '2026-09-01' });
  });
  it.each([
    [['group']],
    [['group', 'a.xlsx', '--map', 'LSA level=Grade']],
    [['a.xlsx', '--each']],
    [['group', 'a.xlsx', '--out', 'a.xlsx']],
    [['in.xlsx', '--org', '  ']],
    [['in.xlsx', '--map', 'no equals sign']],
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

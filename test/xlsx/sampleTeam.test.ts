import { readFileSync } from 'fs';
import { buildSample, SAMPLE_PATH } from '../../scripts/make-sample';
import type { CellValue } from '../../src/core/cells/cellValue';
import type { RawSheet } from '../../src/core/cells/rawWorkbook';
import { readXlsx } from '../../src/xlsx/readXlsx';

/** The cell Excel shows at row `row` under the header `header` (header row 3). */
function at(sheet: RawSheet, row: number, header: string): CellValue {
  const col = sheet.rows[3 - sheet.firstRow].indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  return sheet.rows[row - sheet.firstRow][col];
}

describe('assets/sample-team.xlsx', () => {
  it('is exactly what npm run sample builds (deterministic, and up to date)', async () => {
    const built = await buildSample();
    expect(built.equals(await buildSample())).toBe(true);
    expect(built.equals(readFileSync(SAMPLE_PATH))).toBe(true);
  });

  it('holds the messy cases the parser must survive, at the rows Excel shows', async () => {
    const raw = await readXlsx(SAMPLE_PATH);
    expect(raw.sheets.map((s) => s.name)).toEqual(['LSA Team', 'PDP', 'Units', 'CPD log', 'Practice log', 'Reflective log', 'Observations', 'Learner needs', 'Targets', 'Settings', 'Skills Matrix']);
    const team = raw.sheets[0];
    expect(team.merges).toEqual(['A1:H1', 'A2:H2', 'G25:G26']);
    expect(at(team, 6, 'Date started')).toBe('03/04/2019');
    expect(at(team, 6, 'Last appraisal')).toBe('2025-01-15');
    expect(at(team, 5, 'Induction completed')).toBe('Yes');
    expect(at(team, 5, 'A3')).toBe('Competent');
    expect(at(team, 15, 'A4')).toBe('good');
    expect(at(team, 15, 'A6')).toBe(5);
    expect(at(team, 13, 'First name')).toBe('+Amy');
    expect(team.rows[16 - 1].every((v) => v === null)).toBe(true);
    expect([at(team, 18, 'Employee number'), at(team, 19, 'Employee number')]).toEqual(['LSA-014', 'LSA-014']);
    expect([at(team, 20, 'First name'), at(team, 20, 'Surname')]).toEqual([null, null]);
    expect(at(team, 21, 'English level')).toEqual({ error: '#N/A' });
    expect(at(team, 22, 'Last appraisal')).toEqual(new Date(Date.UTC(2027, 2, 10)));
    expect(at(team, 26, 'Employment type')).toBeNull();
    expect(at(team, 29, 'Notes')).toBe('=HYPERLINK("http://example.com","CV")');
    // SPEC 9.3: reflective writing keeps its line breaks; Chloe's observation sits under the ID she shares with Ryan.
    const cpd = raw.sheets.find((s) => s.name === 'CPD log')!;
    expect(cpd.rows[0].slice(5)).toEqual(['Reflection', 'Impact']);
    expect(cpd.rows.some((r) => typeof r[5] === 'string' && r[5].startsWith('What went well:') && r[5].includes('\nEven better if:'))).toBe(true);
    const observations = raw.sheets.find((s) => s.name === 'Observations')!;
    expect(observations.rows.filter((r) => r[0] === 'LSA-014').map((r) => r[1])).toEqual(['Chloe Walker']);
    expect(raw.sheets.find((s) => s.name === 'Learner needs')!.tables).toEqual([{ name: 'LearnerNeeds', ref: 'A1:B9' }]);
  });
});

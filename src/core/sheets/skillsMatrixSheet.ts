import type { Audit } from '../audit';
import type { Criterion } from '../criterion';
import { styleKey, type CellStyle, type OutputChart, type OutputSheet, type OutputValue } from './outputSheet';
import { BAD, GOOD, NEUTRAL, NONE } from './_palette';
import { StyleGrid } from './_lib/styleGrid';
import { sheetRows } from './sheetRows';

/** Columns before the ratings: Staff ID, Name, LSA level (the level sets the targets the colours are read against). */
const LEAD = 3;
const CHART_ROWS = 18;

/** The key above the grid (SPEC 4.2): what each colour means. */
function legend(): { preamble: OutputValue[][]; styles: Map<string, CellStyle> } {
  const preamble: OutputValue[][] = [
    ['Skills Matrix: each rating (0-4) against the target for the person\'s LSA level'],
    ['Key', 'Met the target'],
    [null, 'One short of the target'],
    [null, 'Two or more short'],
    [null, 'Not assessed (no rating)'],
    [null, 'Not applicable (blank)'],
  ];
  const styles = new Map<string, CellStyle>([
    [styleKey(1, 0), { bold: true }],
    [styleKey(1, 1), GOOD], [styleKey(2, 1), NEUTRAL], [styleKey(3, 1), BAD], [styleKey(4, 1), NONE],
  ]);
  return { preamble, styles };
}

/** Below the grid: room for the team chart, then each code with its criterion's title (NOS for Learning Support Staff). */
function criteriaKey(catalogue: readonly Criterion[]): OutputValue[][] {
  const blank = Array.from({ length: CHART_ROWS + 1 }, (): OutputValue[] => []);
  return [...blank, ['Criteria', 'National Occupational Standards for Learning Support Staff'], ...catalogue.map((c): OutputValue[] => [c.code, c.title])];
}

const TEAM_ROW: CellStyle = { bold: true };

/** Colour of a rating against its target: met, one short, two or more short, not assessed. */
function ratingStyle(rating: number | null, target: number): CellStyle {
  if (rating === null) return NONE;
  if (rating >= target) return GOOD;
  return target - rating === 1 ? NEUTRAL : BAD;
}

/**
 * The heat map: a key to its colours, one row per person with their LSA level, a column per criterion, then a Team row
 * (% of assessed staff at target) drawn as a chart, and each criterion's title below.
 * @example skillsMatrixSheet(audit, NOS_CATALOGUE).headers.slice(0, 4) // ['Staff ID', 'Name', 'LSA level', 'A1']
 */
export function skillsMatrixSheet(audit: Audit, catalogue: readonly Criterion[]): OutputSheet {
  // Plain loops into preallocated rows: this sheet is staff x criteria cells, the largest grid auditToSheets builds.
  const codes = catalogue.map((c) => c.code);
  const width = LEAD + codes.length;
  const styles = new StyleGrid();
  const assessed = new Array<number>(codes.length).fill(0);
  const atTarget = new Array<number>(codes.length).fill(0);
  const staff = audit.staff;
  const rows = new Array<OutputValue[]>(staff.length + 1);
  for (let r = 0; r < staff.length; r++) {
    const { member, skills } = staff[r];
    const { targets, ratings } = skills;
    const row = new Array<OutputValue>(width);
    row[0] = member.id;
    row[1] = member.name;
    row[2] = member.level;
    for (let i = 0; i < codes.length; i++) {
      const target = targets[codes[i]];
      if (target === undefined) {
        row[i + LEAD] = null; // not applicable (C for non-specialists)
        continue;
      }
      const rating = ratings[codes[i]] ?? null;
      row[i + LEAD] = rating;
      styles.set(r, i + LEAD, ratingStyle(rating, target));
      if (rating !== null) {
        assessed[i]++;
        if (rating >= target) atTarget[i]++;
      }
    }
    rows[r] = row;
  }
  const team = new Array<OutputValue>(width);
  team[0] = 'Team';
  team[1] = '% of assessed staff at target';
  team[2] = null;
  for (let i = 0; i < codes.length; i++) team[i + LEAD] = assessed[i] ? Math.round((1000 * atTarget[i]) / assessed[i]) / 10 : null;
  rows[staff.length] = team;
  for (let i = 0; i < width; i++) styles.set(staff.length, i, TEAM_ROW);
  const { preamble, styles: preambleStyles } = legend();
  const notes = criteriaKey(catalogue);
  const layout = sheetRows({ preamble, rows });
  const chart: OutputChart = {
    kind: 'column',
    title: '% of assessed staff at target, per criterion',
    categories: { row: layout.headerRow, column: LEAD, rows: 1, columns: codes.length },
    series: [{ name: 'Team', values: { row: layout.firstDataRow + staff.length, column: LEAD, rows: 1, columns: codes.length }, color: '4472C4' }],
    anchor: { from: { row: layout.notesRow, column: 0 }, to: { row: layout.notesRow + CHART_ROWS, column: Math.min(width, LEAD + 24) } },
    max: 100,
  };
  return {
    name: 'Skills Matrix',
    preamble,
    preambleStyles,
    headers: ['Staff ID', 'Name', 'LSA level', ...codes],
    rows,
    styles,
    notes,
    notesStyles: new Map([[styleKey(CHART_ROWS + 1, 0), { bold: true }], [styleKey(CHART_ROWS + 1, 1), { bold: true }]]),
    columnWidths: [9, 20, 6, ...codes.map(() => 4.3)],
    wrapColumns: [],
    charts: codes.length > 0 ? [chart] : [],
    print: { landscape: true, fitToWidth: true, titleColumns: LEAD, breakBeforeNotes: true },
  };
}

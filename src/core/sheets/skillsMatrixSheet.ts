import type { Audit } from '../audit';
import type { Criterion } from '../nos/criterion';
import type { CellStyle, OutputSheet, OutputValue } from './outputSheet';
import { BAD, GOOD, NEUTRAL, NONE } from './_palette';
import { StyleGrid } from './_lib/styleGrid';

const TEAM_ROW: CellStyle = { bold: true };

/** Colour of a rating against its target: met, one short, two or more short, not assessed. */
function ratingStyle(rating: number | null, target: number): CellStyle {
  if (rating === null) return NONE;
  if (rating >= target) return GOOD;
  return target - rating === 1 ? NEUTRAL : BAD;
}

/**
 * The heat map: one row per person, a column per criterion, then a Team row (% of assessed staff at target).
 * @example skillsMatrixSheet(audit, NOS_CATALOGUE).headers.slice(0, 3) // ['Staff ID', 'Name', 'A1']
 */
export function skillsMatrixSheet(audit: Audit, catalogue: readonly Criterion[]): OutputSheet {
  // Plain loops into preallocated rows: this sheet is staff x criteria cells, the largest grid auditToSheets builds.
  const codes = catalogue.map((c) => c.code);
  const width = 2 + codes.length;
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
    for (let i = 0; i < codes.length; i++) {
      const target = targets[codes[i]];
      if (target === undefined) {
        row[i + 2] = null; // not applicable (C for non-specialists)
        continue;
      }
      const rating = ratings[codes[i]] ?? null;
      row[i + 2] = rating;
      styles.set(r, i + 2, ratingStyle(rating, target));
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
  for (let i = 0; i < codes.length; i++) team[i + 2] = assessed[i] ? Math.round((1000 * atTarget[i]) / assessed[i]) / 10 : null;
  rows[staff.length] = team;
  for (let i = 0; i < width; i++) styles.set(staff.length, i, TEAM_ROW);
  return {
    name: 'Skills Matrix',
    preamble: [],
    headers: ['Staff ID', 'Name', ...codes],
    rows,
    styles,
    columnWidths: [10, 24, ...codes.map(() => 5)],
  };
}

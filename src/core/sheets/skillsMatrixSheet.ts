import type { Audit } from '../audit';
import type { Criterion } from '../criterion';
import { styleKey, type CellStyle, type OutputSheet, type OutputValue } from '../outputSheet';
import { BAD, GOOD, NEUTRAL, NONE } from './_palette';

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
  const styles = new Map<string, CellStyle>();
  const assessed = new Array<number>(catalogue.length).fill(0);
  const atTarget = new Array<number>(catalogue.length).fill(0);
  const rows: OutputValue[][] = audit.staff.map(({ member, skills }, r) => {
    const row: OutputValue[] = [member.id, member.name];
    catalogue.forEach((c, i) => {
      const target = skills.targets[c.code];
      const rating = skills.ratings[c.code] ?? null;
      if (target === undefined) {
        row.push(null); // not applicable (C for non-specialists)
        return;
      }
      row.push(rating);
      styles.set(styleKey(r, i + 2), ratingStyle(rating, target));
      if (rating !== null) {
        assessed[i]++;
        if (rating >= target) atTarget[i]++;
      }
    });
    return row;
  });
  const team: OutputValue[] = ['Team', '% of assessed staff at target'];
  catalogue.forEach((_, i) => team.push(assessed[i] ? Math.round((1000 * atTarget[i]) / assessed[i]) / 10 : null));
  rows.push(team);
  for (let i = 0; i < team.length; i++) styles.set(styleKey(rows.length - 1, i), { bold: true });
  return {
    name: 'Skills Matrix',
    preamble: [],
    headers: ['Staff ID', 'Name', ...catalogue.map((c) => c.code)],
    rows,
    styles,
    columnWidths: [10, 24, ...catalogue.map(() => 5)],
  };
}

import type { CellValue } from '../../src/core/cells/cellValue';
import { AS_OF, addDays, dateBefore } from './dates';
import type { Rng } from './prng';
import { CRITERIA, UNIT_CREDITS, UNIT_TITLES } from './teamColumns';
import * as V from './vocab';

/** One optional sheet (SPEC 2.2) as a header row and data rows. */
export interface SheetRows {
  name: string;
  rows: CellValue[][];
}

const asOf = new Date(`${AS_OF}T00:00:00Z`);

function pdp(rng: Rng, ids: readonly string[]): SheetRows {
  const rows: CellValue[][] = [['Staff ID', 'Objective', 'Actions', 'Resources', 'Success criteria', 'Review date', 'NOS link']];
  for (const id of ids) {
    const n = rng.weighted([[0, 5], [1, 3], [2, 2]]);
    for (let i = 0; i < n; i++) {
      const review = addDays(asOf, rng.int(-120, 300));
      const objective = rng.pick(V.PDP_OBJECTIVES).replace('{date}', review.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
      rows.push([
        id, objective, rng.chance(0.6) ? 'Book course; discuss at supervision' : null, rng.chance(0.4) ? 'Staff development budget' : null,
        rng.chance(0.5) ? 'Certificate achieved' : null, rng.chance(0.85) ? review : null, rng.sample(CRITERIA, rng.int(0, 3)).join('; ') || null,
      ]);
    }
  }
  return { name: 'PDP', rows };
}

function units(rng: Rng, ids: readonly string[]): SheetRows {
  const rows: CellValue[][] = [['Staff ID', 'Unit title', 'Credits', 'Level', 'Date achieved']];
  for (const id of ids) {
    if (!rng.chance(0.3)) continue;
    for (const title of rng.sample(UNIT_TITLES, rng.int(1, 4))) {
      rows.push([id, title, UNIT_CREDITS[title] ?? (rng.chance(0.5) ? null : rng.pick([1, 3, 6])), rng.pick<CellValue>([3, 3, 2, null]), dateBefore(rng, 3000)]);
    }
  }
  return { name: 'Units', rows };
}

function cpdLog(rng: Rng, ids: readonly string[]): SheetRows {
  const rows: CellValue[][] = [['Staff ID', 'Date', 'Activity', 'Hours', 'Type']];
  for (const id of ids) {
    const n = rng.weighted([[0, 3], [1, 3], [2, 2], [4, 1]]);
    for (let i = 0; i < n; i++) {
      const [activity, type] = rng.pick(V.CPD_ACTIVITIES);
      rows.push([id, dateBefore(rng, 500), activity, rng.pick([1, 1.5, 2, 3, 6, 7.5]), rng.pick(V.CPD_TYPE_SPELLINGS[type])]);
    }
  }
  return { name: 'CPD log', rows };
}

function learnerNeeds(rng: Rng, teamSize: number): SheetRows {
  const rows: CellValue[][] = [['Need', 'Number of learners']];
  for (const need of V.LEARNER_NEEDS) rows.push([need, rng.int(0, Math.ceil(teamSize * 1.5))]);
  return { name: 'Learner needs', rows };
}

function targets(): SheetRows {
  return {
    name: 'Targets',
    rows: [['LSA level', 'Standard', 'Criterion', 'Target'], [3, 'C', null, 3], [4, 'B', null, 4], [2, null, 'A4', 3], [1, null, 'A1', 2]],
  };
}

function settings(teamSize: number): SheetRows {
  return {
    name: 'Settings',
    rows: [['Setting', 'Value'], ['Organisation name', `Bench College (${teamSize} staff)`], ['Audit date', asOf], ['Full-time hours', 37], ['CPD target hours', 15]],
  };
}

/** The six optional sheets, joined to the team by staff ID. */
export function optionalSheets(rng: Rng, ids: readonly string[]): SheetRows[] {
  return [pdp(rng, ids), units(rng, ids), cpdLog(rng, ids), learnerNeeds(rng, ids.length), targets(), settings(ids.length)];
}

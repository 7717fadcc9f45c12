import type { CellValue } from '../../src/core/cells/cellValue';
import { addDays, dateBefore, isoText, ukText } from './dates';
import type { Rng } from './prng';
import { COMPLIANCE, CRITERIA, MANAGER_RATED, UNIT_TITLES } from './teamColumns';
import * as V from './vocab';

export interface StaffRow {
  id: string;
  name: string;
  cells: CellValue[];
}

const RATING_LABELS = ['Not yet', 'Aware', 'Developing', 'Competent', 'Advanced'];
const YEAR = 365;

/** A date cell as real sheets hold them: mostly dates, sometimes UK or ISO text. */
function dateCell(rng: Rng, d: Date): CellValue {
  const r = rng.next();
  return r < 0.9 ? d : r < 0.97 ? ukText(d) : isoText(d);
}

function list(rng: Rng, items: readonly string[], n: number, separators: readonly string[] = V.LIST_SEPARATORS): string | null {
  return n === 0 ? null : rng.sample(items, n).join(rng.pick(separators));
}

function rating(rng: Rng, target: number, assessed: boolean): CellValue {
  if (!assessed || rng.chance(0.06)) return rng.chance(0.8) ? null : rng.pick(['n/a', '-']);
  const value = Math.max(0, Math.min(4, target + rng.weighted([[-2, 1], [-1, 3], [0, 6], [1, 2]])));
  return rng.chance(0.1) ? RATING_LABELS[value] : value;
}

/** A few cells per thousand are messy: errors, typos, impossible values (SPEC 7 expects them). */
function messUp(rng: Rng, cells: CellValue[]): void {
  if (!rng.chance(0.02)) return;
  const col = rng.int(2, cells.length - 1);
  cells[col] = rng.pick<CellValue>([{ error: '#N/A' }, 'tbc', '5', '31/02/2024', 'see HR', { error: '#REF!' }]);
}

/** One staff row in STAFF_HEADERS order; index is 0-based within the team. */
export function staffRow(rng: Rng, index: number): StaffRow {
  const id = `LSA${String(index + 1).padStart(6, '0')}`;
  const name = `${rng.pick(V.FIRST_NAMES)} ${rng.pick(V.SURNAMES)}`;
  const level = rng.weighted(V.LEVEL_MIX);
  const specialisms = list(rng, V.SPECIALISMS, rng.weighted([[0, 4], [1, 4], [2, 2], [3, 1]]));
  const contract = rng.weighted(V.CONTRACTS);
  const hourly = /hourly|sessional|zero|bank|agency|volunteer/i.test(contract);
  const start = dateBefore(rng, 30 * YEAR, 20);
  const inductionDone = addDays(start, rng.int(1, 90));
  const cpd = rng.chance(0.1) ? null : rng.int(0, 40) + (rng.chance(0.2) ? 0.5 : 0);
  const cells: CellValue[] = [
    rng.chance(0.001) ? `LSA${String(Math.max(1, index)).padStart(6, '0')}` : id, // a rare duplicate ID
    rng.chance(0.001) ? null : name, // a rare missing name
    rng.pick(V.JOB_TITLES[level]),
    rng.pick(V.LEVEL_FORMATS)(level),
    specialisms,
    rng.chance(0.03) ? null : contract,
    hourly && rng.chance(0.5) ? null : rng.chance(0.01) ? `${rng.pick(V.HOURS)} hrs` : rng.pick(V.HOURS),
    dateCell(rng, start),
    rng.weighted<CellValue>([[dateCell(rng, inductionDone > new Date(Date.UTC(2026, 8, 1)) ? start : inductionDone), 8], ['Yes', 1], [null, 1]]),
    rng.chance(0.12) ? null : dateCell(rng, dateBefore(rng, 2 * YEAR)),
    rng.chance(0.2) ? null : dateCell(rng, dateBefore(rng, 540)),
    rng.weighted(V.SKILL_LEVELS),
    rng.weighted(V.SKILL_LEVELS),
    rng.chance(0.15) ? null : rng.weighted(V.SKILL_LEVELS),
    list(rng, V.QUALIFICATIONS, rng.weighted([[0, 2], [1, 4], [2, 3], [3, 1]])),
    list(rng, UNIT_TITLES, rng.weighted([[0, 5], [1, 2], [2, 2], [4, 1], [6, 1]]), ['; ', '\n']), // titles hold commas
    cpd,
    rng.chance(0.1) ? null : rng.pick(['Yes', 'No', 'yes', 'Y', 'N']),
    rng.weighted<CellValue>([[null, 5], ['Yes', 1], ['No', 2], [rng.pick(V.FIRST_NAMES), 2]]),
    rng.chance(0.5) ? null : dateCell(rng, dateBefore(rng, 3 * YEAR)),
    rng.chance(0.1) ? null : rng.pick(['Yes', 'No', 'No']),
    rng.weighted(V.ASPIRATIONS),
  ];
  const assessed = rng.chance(0.9);
  const specialist = specialisms !== null;
  const target = level >= 3 ? 3 : 2;
  for (const code of CRITERIA) cells.push(rating(rng, target, assessed && (code[0] !== 'C' || specialist || rng.chance(0.1))));
  for (const code of MANAGER_RATED) cells.push(rng.chance(0.3) ? rating(rng, code[0] === 'C' ? 2 : target, true) : null);
  for (let i = 0; i < COMPLIANCE.length; i++) {
    cells.push(rng.weighted<CellValue>([[dateCell(rng, dateBefore(rng, 5 * YEAR)), 8], [null, 1.5], ['Yes', 0.5]]));
  }
  if (rng.chance(0.002)) cells[7] = addDays(new Date(Date.UTC(2026, 8, 1)), 40); // a future start date
  messUp(rng, cells);
  return { id, name, cells };
}

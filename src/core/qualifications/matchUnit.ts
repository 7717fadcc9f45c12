import { QCF_UNITS, type QcfUnit } from './qcfUnits';
import { memo2 } from '../_lib/memo';
import { editDistance, levelInTitle, unitKey } from './qcfUnitTitle';

/** A catalogue unit as one person holds it: at one level. */
export interface MatchedUnit extends QcfUnit {
  level: number;
}

// Other ways records name a unit (keys as unitKey makes them).
const ALIASES: Record<string, string[]> = {
  principles: ['principles of learning support'],
  context: ['learning support in lifelong learning'],
  investigation: ['practice based investigation project'],
  'lln-principles': ['learning support principles literacy language numeracy'],
  'lln-literacy': ['knowledge understanding for supporting literacy language', 'ku for supporting literacy language'],
  'lln-numeracy': ['ku for supporting numeracy'],
};

const KEYS: [key: string, unit: QcfUnit][] = QCF_UNITS.flatMap((u) => [
  [unitKey(u.title), u] as [string, QcfUnit],
  ...(ALIASES[u.id] ?? []).map((a) => [a, u] as [string, QcfUnit]),
]);
const EXACT = new Map(KEYS);

// OCR slips beyond "persona!": up to 2 edits, and only when one unit is nearest.
const MAX_EDITS = 2;

// Titles repeat across a team: remember fuzzy lookups (bounded, so hostile input cannot grow it without limit).
const FUZZY = new Map<string, QcfUnit | null>();
const FUZZY_LIMIT = 10_000;

function findUnit(key: string): QcfUnit | null {
  const exact = EXACT.get(key);
  if (exact) return exact;
  if (key.length < 12) return null;
  const known = FUZZY.get(key);
  if (known !== undefined) return known;
  const found = nearestUnit(key);
  if (FUZZY.size < FUZZY_LIMIT) FUZZY.set(key, found);
  return found;
}

function nearestUnit(key: string): QcfUnit | null {
  let best: QcfUnit | null = null;
  let bestDistance = MAX_EDITS + 1;
  let tie = false;
  for (const [k, unit] of KEYS) {
    if (Math.abs(k.length - key.length) > MAX_EDITS) continue; // edit distance is at least the length difference
    const d = editDistance(key, k);
    if (d < bestDistance) [best, bestDistance, tie] = [unit, d, false];
    else if (d === bestDistance && best && unit.id !== best.id) tie = true;
  }
  return best && !tie ? best : null;
}

/**
 * Finds a unit title in the catalogue (case, punctuation, "and"/"&" and OCR slips ignored) and the level it is held at.
 * Preparing to support learning is Level 3 unless the record (levelHint or the title) says Level 2 (SPEC 3.5).
 * @example matchUnit('Preparing to Support Learning (L2)') // { id: 'preparing', level: 2, credits: 6, ... }
 */
export function matchUnit(title: string, levelHint?: number | null): MatchedUnit | null {
  return matchTitle(title, levelHint ?? null);
}

// A team writes the same few titles on every row: each title (and level hint) is read once, since the answer is a
// shared frozen unit or null.
const matchTitle = memo2((title: string, levelHint: number | null): MatchedUnit | null => {
  const unit = findUnit(unitKey(title));
  if (!unit) return null;
  const written = levelHint ?? levelInTitle(title);
  // LLUK LSP qualifications: a unit offered at one level is held at that level, whatever the record says
  const level = written !== null && unit.levels.includes(written) ? written : Math.max(...unit.levels);
  return heldAt(unit, level);
});

// One frozen MatchedUnit per unit and level: every person holding a unit shares it rather than copying it.
const heldAt = memo2((unit: QcfUnit, level: number): MatchedUnit => Object.freeze({ ...unit, level }));

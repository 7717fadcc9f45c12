import type { TrainingNeed } from '../training/trainingNeed';
import type { ColumnText } from './columnTexts';
import type { NeedCells } from './needCells';
import { LINE_POINTS } from './rowLines';
import type { FormLine } from './_lib/pagedLines';

// The rows of a personal plan's need tables (This year, Later), from the needs' cells made once for the team (needCells).

// "As above" is a fixed word, shorter than the Barrier column: one line, never rewritten.
const AS_ABOVE: ColumnText = { text: 'As above', lines: 1 };

/** A person's needs (by index in their list) and where their cells start in NeedCells. */
export interface PersonNeeds {
  needs: readonly TrainingNeed[];
  which: number[];
  first: number;
  cells: NeedCells;
}

/**
 * Need, activity and hours of what waits until later; each line with its height.
 * @example laterRows(later).map((l) => l.values) // [['A3 gap', 'Shadow a colleague', null, 30]]
 */
export function laterRows({ needs, which, first, cells }: PersonNeeds): FormLine[] {
  return which.map((i) => {
    const need = cells.need[first + i];
    const activity = cells.activity[first + i];
    return { values: [need.text, activity.text, null, needs[i].hours], height: Math.max(need.lines, activity.lines) * LINE_POINTS };
  });
}

/**
 * Need, activity, peer support, hours, barrier; a barrier the row above already gives says so.
 * @example needRows(thisYear)[1].values[4] // 'As above'
 */
export function needRows({ needs, which, first, cells }: PersonNeeds): FormLine[] {
  return which.map((i, k) => {
    const n = needs[i];
    const need = cells.need[first + i];
    const activity = cells.activity[first + i];
    const peerSupport = cells.peerSupport[first + i];
    const barrier = k > 0 && n.barrier !== null && n.barrier === needs[which[k - 1]].barrier ? AS_ABOVE : cells.barrier[first + i];
    return {
      values: [need.text, activity.text, peerSupport.text, n.hours, barrier.text],
      height: Math.max(need.lines, activity.lines, peerSupport.lines, barrier.lines) * LINE_POINTS,
    };
  });
}

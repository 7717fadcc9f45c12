import type { Audit } from '../audit';
import { ColumnTexts, type ColumnText } from './columnTexts';

/** Widths of the Personal Plans columns (Need, Activity, Peer support, Hours, Barrier), where a need's cells are measured. */
export const PLAN_WIDTHS = [28, 30, 18, 7, 15];

const NEED = new ColumnTexts(PLAN_WIDTHS[0]);
const ACTIVITY = new ColumnTexts(PLAN_WIDTHS[1]);
const PEER_SUPPORT = new ColumnTexts(PLAN_WIDTHS[2]);
const BARRIER = new ColumnTexts(PLAN_WIDTHS[4]);

/**
 * Every training need's texts as the sheets show them (plainText), with the lines each wraps to in its Personal Plans
 * column; by need, in staff order and each person's plan order (the Training Needs rows).
 */
export interface NeedCells {
  need: ColumnText[];
  activity: ColumnText[];
  peerSupport: ColumnText[];
  barrier: ColumnText[];
}

/**
 * The cells of every need, made once for the two sheets that show them (Training Needs and Personal Plans): looking a
 * need's texts up was most of both sheets' time (10,000 staff: about 180,000 needs, most texts built per person).
 * @example needCells(auditOf([])).need // []
 */
export function needCells(audit: Audit): NeedCells {
  let total = 0;
  for (const s of audit.staff) total += s.needs.length;
  const cells: NeedCells = { need: new Array(total), activity: new Array(total), peerSupport: new Array(total), barrier: new Array(total) };
  let i = 0;
  // Indexed loops: about 180,000 needs, and no iterator made for each person.
  for (let p = 0; p < audit.staff.length; p++) {
    const needs = audit.staff[p].needs;
    for (let k = 0; k < needs.length; k++) {
      const n = needs[k];
      cells.need[i] = NEED.of(n.need);
      cells.activity[i] = ACTIVITY.of(n.suggestedActivity);
      cells.peerSupport[i] = PEER_SUPPORT.of(n.peerSupport ?? null);
      cells.barrier[i] = BARRIER.of(n.barrier);
      i++;
    }
  }
  return cells;
}

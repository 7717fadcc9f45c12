import type { Audit } from '../audit';
import type { OutputSheet, OutputValue } from './outputSheet';
import { BAD, NEUTRAL } from './_palette';
import { needCells, type NeedCells } from './needCells';
import { StyleGrid } from './_lib/styleGrid';

export const TRAINING_NEEDS_HEADERS = ['Staff ID', 'Name', 'Category', 'Need', 'Criterion', 'Priority', 'Suggested activity', 'Hours', 'Barrier', 'Learning hours', 'Plan', 'Peer support'];

/**
 * One row per training need of each person (SPEC 3.7), in staff order and each person's plan order: Hours are guided
 * hours (release time), Learning hours the total study time; Plan is "This year" or "Later" against the person's
 * development budget and Peer support the colleagues who can support a NOS gap (SPEC 9.2).
 * @example trainingNeedsSheet(audit).headers[5] // 'Priority'
 */
export function trainingNeedsSheet(audit: Audit, cells: NeedCells = needCells(audit)): OutputSheet {
  // The largest sheet (~18 needs a person): counted first so the rows array is allocated once, then filled in one pass
  // without flatMap + map's intermediate arrays.
  let total = 0;
  for (const s of audit.staff) total += s.needs.length;
  const rows = new Array<OutputValue[]>(total);
  const styles = new StyleGrid();
  let r = 0;
  for (let p = 0; p < audit.staff.length; p++) {
    const needs = audit.staff[p].needs;
    for (let k = 0; k < needs.length; k++) {
      const n = needs[k];
      if (n.priority === 'High') styles.set(r, 5, BAD);
      else if (n.priority === 'Medium') styles.set(r, 5, NEUTRAL);
      // Plain already (needCells): category, criterion, priority and plan are fixed words and codes, and the ID and
      // name are the user's (SPEC 4.2).
      rows[r] = [n.staffId, n.name, n.category, cells.need[r].text, n.criterion, n.priority, cells.activity[r].text, n.hours,
        cells.barrier[r].text, n.learningHours, n.plan ?? null, cells.peerSupport[r].text];
      r++;
    }
  }
  return {
    name: 'Training Needs', preamble: [], headers: TRAINING_NEEDS_HEADERS, rows, styles, columnWidths: [10, 24, 16, 48, 9, 9, 44, 7, 36, 9, 10, 44],
    madePlain: true,
  };
}

import type { Audit } from '../audit';
import { styleKey, type CellStyle, type OutputSheet } from '../outputSheet';
import { BAD, NEUTRAL } from './_palette';

export const TRAINING_NEEDS_HEADERS = ['Staff ID', 'Name', 'Category', 'Need', 'Criterion', 'Priority', 'Suggested activity', 'Hours', 'Barrier'];

/**
 * One row per training need of each person (SPEC 3.7), in staff order.
 * @example trainingNeedsSheet(audit).headers[5] // 'Priority'
 */
export function trainingNeedsSheet(audit: Audit): OutputSheet {
  const styles = new Map<string, CellStyle>();
  const rows = audit.staff.flatMap((s) => s.needs).map((n, r) => {
    if (n.priority === 'High') styles.set(styleKey(r, 5), BAD);
    if (n.priority === 'Medium') styles.set(styleKey(r, 5), NEUTRAL);
    return [n.staffId, n.name, n.category, n.need, n.criterion, n.priority, n.suggestedActivity, n.hours, n.barrier];
  });
  return { name: 'Training Needs', preamble: [], headers: TRAINING_NEEDS_HEADERS, rows, styles, columnWidths: [10, 24, 16, 48, 9, 9, 44, 7, 36] };
}

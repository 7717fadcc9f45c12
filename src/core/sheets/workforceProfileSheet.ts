import type { Audit } from '../audit';
import type { OutputSheet } from './outputSheet';

/**
 * The workforce profile (SPEC 3.10): one row per measure.
 * @example workforceProfileSheet(audit).headers // ['Section', 'Measure', 'Count', 'Percent']
 */
export function workforceProfileSheet(audit: Audit): OutputSheet {
  const rows = audit.workforce.map((w) => [w.section, w.measure, w.count, w.percent]);
  return { name: 'Workforce Profile', preamble: [], headers: ['Section', 'Measure', 'Count', 'Percent'], rows, columnWidths: [30, 36, 10, 10] };
}

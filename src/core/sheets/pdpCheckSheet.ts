import type { Audit } from '../audit';
import { styleKey, type CellStyle, type OutputSheet } from '../outputSheet';
import type { SmartCriterion } from '../smartResult';
import { BAD, GOOD } from './_palette';

export const PDP_CHECK_HEADERS = ['Staff ID', 'Name', 'Objective', 'Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound', 'Score', 'Advice'];
const ORDER: SmartCriterion[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

/**
 * One row per PDP objective with its SMART verdicts (SPEC 3.6).
 * @example pdpCheckSheet(audit).headers[8] // 'Score'
 */
export function pdpCheckSheet(audit: Audit): OutputSheet {
  const styles = new Map<string, CellStyle>();
  const rows = audit.staff.flatMap(({ member, pdp }) => pdp.map((p) => ({ member, p }))).map(({ member, p }, r) => {
    ORDER.forEach((c, i) => styles.set(styleKey(r, 3 + i), p.result.verdicts[c].met ? GOOD : BAD));
    return [
      member.id, member.name, p.objective.objective,
      ...ORDER.map((c) => `${p.result.verdicts[c].met ? 'Yes' : 'No'}: ${p.result.verdicts[c].reason}`),
      p.result.score, p.result.advice,
    ];
  });
  return { name: 'PDP Check', preamble: [], headers: PDP_CHECK_HEADERS, rows, styles, columnWidths: [10, 24, 50, 24, 24, 24, 24, 24, 7, 50] };
}

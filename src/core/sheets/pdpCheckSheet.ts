import type { Audit } from '../audit';
import type { OutputSheet, OutputValue } from './outputSheet';
import type { SmartVerdict } from '../development/smart/smartResult';
import type { PlanCheck } from '../development/planCheck';
import { BAD, GOOD } from './_palette';
import { StyleGrid } from './_lib/styleGrid';
import { memo2 } from '../_lib/memo';

// Verdict reasons repeat (10,000 staff: ~2,900 distinct among ~35,000 verdicts): each "Yes: …" or "No: …" is made once
// and shared by its rows, so presentSheets looks each up once rather than a text built afresh for every cell.
const verdictText = memo2((met: boolean, reason: string): string => (met ? 'Yes: ' : 'No: ') + reason);

export const PDP_CHECK_HEADERS = ['Staff ID', 'Name', 'Objective', 'Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound', 'Score', 'Advice', 'Plan complete', 'Addresses a gap'];

/**
 * One row per PDP objective with its SMART verdicts, whether its plan is complete and whether it addresses one of the
 * person's priority gaps (SPEC 3.6).
 * @example pdpCheckSheet(audit).headers[8] // 'Score'
 */
export function pdpCheckSheet(audit: Audit): OutputSheet {
  const styles = new StyleGrid();
  const rows: OutputValue[][] = [];
  const verdict = (r: number, column: number, v: SmartVerdict): string => {
    styles.set(r, column, v.met ? GOOD : BAD);
    return verdictText(v.met, v.reason);
  };
  for (const { member, pdp } of audit.staff) {
    for (const { objective, result, plan } of pdp) {
      const r = rows.length;
      const v = result.verdicts;
      rows.push([
        member.id, member.name, objective.objective,
        verdict(r, 3, v.specific), verdict(r, 4, v.measurable), verdict(r, 5, v.achievable), verdict(r, 6, v.relevant),
          verdict(r, 7, v.timeBound),
        result.score, result.advice, plan.complete, addressesText(plan),
      ]);
      if (plan.addressesGap !== null) styles.set(r, 11, plan.addressesGap ? GOOD : BAD);
    }
  }
  return { name: 'PDP Check', preamble: [], headers: PDP_CHECK_HEADERS, rows, styles, columnWidths: [10, 24, 50, 24, 24, 24, 24, 24, 7, 50, 28, 20] };
}

// "Yes (A14)" names the gaps addressed; blank when the person has no priority gaps.
function addressesText(plan: PlanCheck): string | null {
  if (plan.addressesGap === null) return null;
  return plan.addressesGap ? `Yes (${plan.addresses.join(', ')})` : 'No';
}

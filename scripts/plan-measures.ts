// Prints the plan figures of SPEC 9.2 for a workbook (default: the bundled sample on 2026-09-01), as the closing notes of
// issue 20 report them: guided hours this year against the budget, needs this year and later, the team plan's groups and
// delivery hours, peer support named, criteria needing outside expertise.
import { NOS_CATALOGUE } from '../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../src/core/parse/parseWorkbook';
import { runAudit } from '../src/core/runAudit';
import { readWorkbookFile } from '../src/xlsx/readXlsx';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

(async () => {
  const file = process.argv[2] ?? 'assets/sample-team.xlsx';
  const { raw } = await readWorkbookFile(file);
  const audit = runAudit(parseWorkbook(raw, { auditDate: process.argv[3] ?? '2026-09-01', auditDateExplicit: true }), NOS_CATALOGUE);
  const planned = audit.staff.map((s) => s.developmentBudget?.plannedHours ?? 0);
  const over = audit.staff.filter((s) => s.developmentBudget && s.developmentBudget.plannedHours > s.developmentBudget.budgetHours);
  const needs = audit.staff.flatMap((s) => s.needs);
  const gaps = needs.filter((n) => n.category === 'NOS gap');
  const named = gaps.filter((n) => n.peerSupport && !/nobody/i.test(n.peerSupport));
  const groups = audit.sharedNeeds.filter((g) => g.staffCount > 0);
  console.log(`people audited: ${audit.staff.length}`);
  console.log(`guided hours this year against the budget: median ${median(planned)}, max ${Math.max(...planned)}`);
  console.log(`over the budget: ${over.map((s) => `${s.member.name} ${s.developmentBudget!.plannedHours} of ${s.developmentBudget!.budgetHours}`).join('; ') || 'nobody'}`);
  console.log(`qualification hours beside the budget: ${audit.staff.filter((s) => (s.developmentBudget?.qualificationHours ?? 0) > 0).length} people`);
  console.log(`Training Needs rows: ${needs.length}; This year ${needs.filter((n) => n.plan !== 'Later').length}; Later ${needs.filter((n) => n.plan === 'Later').length}`);
  console.log(`Team Training Plan: ${groups.length} groups planned this year (${audit.sharedNeeds.length} rows); delivery hours ${groups.reduce((s, g) => s + g.deliveryHours, 0)}; staff hours ${groups.reduce((s, g) => s + g.totalHours, 0)}`);
  console.log(`NOS-gap needs with a named colleague: ${named.length} of ${gaps.length}`);
  console.log(`criteria needing outside expertise: ${(audit.outsideExpertise ?? []).join(', ') || 'none'}`);
})();

import { auditToSheets } from '../../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { runAudit } from '../../../src/core/runAudit';
import { readWorkbookFile } from '../../../src/xlsx/readXlsx';

/** The golden summary of a workbook: what a quality lead and an HR officer would check, field by field. */
export async function auditFile(file: string, auditDate: string) {
  const { raw } = await readWorkbookFile(file);
  const audit = runAudit(parseWorkbook(raw, { auditDate, auditDateExplicit: true }), NOS_CATALOGUE);
  const sheets = auditToSheets(audit, { runAt: 'fixed', catalogue: NOS_CATALOGUE });
  return {
    summary: audit.summary,
    sheetRows: Object.fromEntries(sheets.map((s) => [s.name, s.rows.length])),
    indicators: Object.fromEntries(audit.indicators.map((i) => [i.id, { value: i.value, status: i.status, basis: i.basis }])),
    staff: Object.fromEntries(
      audit.staff.map(({ member, skills, qualifications: q, needs, compliance, pdp, practice, pdpAddressesGap, developmentBudget: b }) => [
        `${member.id} ${member.name}`,
        {
          level: skills.level,
          specialist: skills.specialist,
          coverage: skills.coverage,
          gapScore: skills.gapScore,
          gapA: skills.gapByStandard.A,
          gapB: skills.gapByStandard.B,
          gapC: skills.gapByStandard.C,
          priorityGaps: skills.priorityGaps.map((g) => `${g.code}:${g.gap}`).join(' '),
          strengths: skills.strengths.join(' '),
          ready: skills.readyForNextLevel,
          toDiscuss: skills.toDiscuss.map((d) => d.code).join(' '),
          credits: q.credits,
          size: q.size,
          l3Certificate: q.l3Certificate.text,
          creditsAtLevel2: q.creditsAtLevel2,
          highestLevel: q.highestLevel,
          compliance: compliance.courses.map((c) => `${c.course}:${c.status}`).join(' '),
          needs: needs.map((n) => `${n.category}/${n.priority}${n.criterion ? `/${n.criterion}` : ''}`).join(' | '),
          smartScores: pdp.map((p) => p.result.score).join(' '),
          planComplete: pdp.map((p) => p.plan.complete).join(' | '),
          pdpAddressesGap,
          practice: practice ?? null,
          // SPEC 9.2: planned guided hours this year of the budget; later; a qualification's own release.
          budget: b ? `${b.plannedHours} of ${b.budgetHours}, later ${b.laterHours}, qualification ${b.qualificationHours}` : null,
          later: needs.filter((n) => n.plan === 'Later').length,
        },
      ]),
    ),
    issues: audit.issues.map((i) => `${i.sheet}!${i.row} ${i.column ?? ''}: ${i.problem}`),
    outsideExpertise: audit.outsideExpertise ?? [],
    workforce: audit.workforce.map((w) => `${w.section} / ${w.measure}: ${w.count} (${w.percent ?? ''})`),
  };
}

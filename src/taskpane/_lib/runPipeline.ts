import type { Audit } from '../../core/audit';
import type { AuditInput } from '../../core/auditInput';
import type { IssueSeverity } from '../../core/auditIssue';
import { auditToSheets } from '../../core/auditToSheets';
import { formatRunAt } from '../../core/sheets/formatRunAt';
import { NOS_CATALOGUE } from '../../core/nos/nosCatalogue';
import type { SheetPlan } from '../../core/sheets/planOutputSheets';
import { runAudit } from '../../core/runAudit';
import { writeSheets } from '../../excel/writeSheets';
import { nextPaint, withExcel } from './withExcel';

export interface RunResult {
  plans: SheetPlan[];
  summary: Audit['summary'];
  issueCount: number;
  /** Audit Issues by severity (SPEC 4 v2). */
  bySeverity: Record<IssueSeverity, number>;
  /** Sheets an earlier, unfinished run left half written, replaced by this run. */
  recovered: string[];
  auditDate: string;
  unusedColumns: number;
}

/**
 * Audits the parsed input and writes the output sheets, reporting (stage, fraction) and yielding between stages
 * so the progress bar paints.
 * @example await runPipeline(input, (stage, f) => setProgress(f))
 */
export async function runPipeline(input: AuditInput, onProgress: (stage: string, fraction: number) => void): Promise<RunResult> {
  onProgress('Auditing staff', 0.05);
  await nextPaint();
  const audit = runAudit(input, NOS_CATALOGUE, (stage, f) => onProgress(stage, 0.05 + 0.45 * f));
  onProgress('Building the output sheets', 0.5);
  await nextPaint();
  const sheets = auditToSheets(audit, { runAt: formatRunAt(new Date()), catalogue: NOS_CATALOGUE });
  onProgress('Writing the output sheets', 0.6);
  await nextPaint();
  const { plans, recoveredFromIncompleteRun } = await withExcel((context) => writeSheets(context, sheets));
  onProgress('Done', 1);
  await nextPaint();
  const bySeverity: Record<IssueSeverity, number> = { Error: 0, Warning: 0, Info: 0 };
  for (const issue of audit.issues) bySeverity[issue.severity]++;
  return {
    plans, summary: audit.summary, issueCount: audit.issues.length, bySeverity, recovered: recoveredFromIncompleteRun,
    auditDate: input.settings.auditDate, unusedColumns: input.mapping.unusedColumns.length,
  };
}

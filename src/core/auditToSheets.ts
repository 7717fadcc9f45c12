import type { Audit } from './audit';
import type { Criterion } from './criterion';
import { fitToExcelRows } from './sheets/fitToExcelRows';
import { needCells } from './sheets/needCells';
import type { OutputSheet } from './sheets/outputSheet';
import { presentSheets } from './sheets/presentSheets';
import { auditHistorySheet } from './sheets/auditHistorySheet';
import { auditIssuesSheet } from './sheets/auditIssuesSheet';
import { auditSummarySheet } from './sheets/auditSummarySheet';
import { pdpCheckSheet } from './sheets/pdpCheckSheet';
import { reflectionCheckSheet } from './sheets/reflectionCheckSheet';
import { personalPlansSheet } from './sheets/personalPlansSheet';
import { qualificationsSheet } from './sheets/qualificationsSheet';
import { skillsMatrixSheet } from './sheets/skillsMatrixSheet';
import { skillsProfileSheet } from './sheets/skillsProfileSheet';
import { teamTrainingPlanSheet } from './sheets/teamTrainingPlanSheet';
import { trainingNeedsSheet } from './sheets/trainingNeedsSheet';
import { workforceProfileSheet } from './sheets/workforceProfileSheet';

/** The output sheets, in the order they appear in the workbook. */
export const OUTPUT_SHEET_NAMES = [
  'Audit Summary', 'Skills Profile', 'Skills Matrix', 'Training Needs', 'Team Training Plan',
  'Qualifications', 'Workforce Profile', 'PDP Check', 'Reflection Check', 'Personal Plans', 'Audit Issues', 'Audit History',
] as const;

/**
 * Builds every output sheet of SPEC 4 as data; the xlsx and Excel adapters both write these.
 * `runAt` is when the run happened (an argument: core never reads the clock).
 * @example auditToSheets(audit, { runAt: '2026-09-01 10:00', catalogue: NOS_CATALOGUE }).map((s) => s.name)
 */
export function auditToSheets(audit: Audit, options: { runAt: string; catalogue: readonly Criterion[] }): OutputSheet[] {
  // Training Needs and Personal Plans show the same needs' texts: made plain and measured once.
  const cells = needCells(audit);
  const sheets = [
    auditSummarySheet(audit),
    skillsProfileSheet(audit),
    skillsMatrixSheet(audit, options.catalogue),
    trainingNeedsSheet(audit, cells),
    teamTrainingPlanSheet(audit),
    qualificationsSheet(audit),
    workforceProfileSheet(audit),
    pdpCheckSheet(audit),
    reflectionCheckSheet(audit),
    // A page per person; past Excel's 1,026 page breaks a sheet, continued on "Personal Plans (part 2)".
    ...personalPlansSheet(audit, { cells }),
    auditIssuesSheet(audit),
    auditHistorySheet(audit, options.runAt),
  ];
  // Only Training Needs can pass Excel's row limit (about 57,000 staff); splitting is a no-op for the rest.
  return presentSheets(sheets, audit).flatMap((sheet) => fitToExcelRows(sheet));
}

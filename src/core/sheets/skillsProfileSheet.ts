import type { Audit } from '../audit';
import { complianceSummary } from '../compliance/complianceStatus';
import type { OutputSheet, OutputValue } from './outputSheet';
import type { RatingDisagreement } from '../nos/skillsProfile';
import { gapList } from './_lib/gapTexts';
import { ukDate } from '../_lib/ukDate';

export const SKILLS_PROFILE_HEADERS = [
  'Staff ID', 'Name', 'Job title', 'LSA level', 'Specialist', 'Coverage %', 'Gap score', 'Gap A', 'Gap B', 'Gap C',
  'Priority gaps', 'Strengths', 'Ready for next level', 'Training needs', 'Compliance', 'Criteria to discuss', 'Planned leaver',
  'Planned hours this year', 'Development budget', 'Qualification hours', 'Contracted hours a week',
];

function toDiscussText(disagreements: readonly RatingDisagreement[]): string {
  const parts = new Array<string>(disagreements.length);
  for (let i = 0; i < disagreements.length; i++) parts[i] = `${disagreements[i].code} (self ${disagreements[i].self}, manager ${disagreements[i].manager})`;
  return parts.join('; ');
}

/**
 * One row per person: coverage, gap scores, priorities, strengths, readiness (SPEC 3.4, 4).
 * @example skillsProfileSheet(audit).headers[6] // 'Gap score'
 */
export function skillsProfileSheet(audit: Audit): OutputSheet {
  const staff = audit.staff;
  const auditDate = audit.settings.auditDate;
  const rows = new Array<OutputValue[]>(staff.length);
  for (let r = 0; r < staff.length; r++) {
    const { member, skills, needs, compliance, developmentBudget } = staff[r];
    rows[r] = [
      member.id,
      member.name,
      member.jobTitle,
      member.level,
      skills.specialist ? 'Yes' : 'No',
      skills.coverage,
      skills.gapScore,
      skills.gapByStandard.A,
      skills.gapByStandard.B,
      skills.specialist ? skills.gapByStandard.C : null,
      gapList(skills.priorityGaps),
      skills.strengths.join(', '),
      skills.readyForNextLevel === null ? null : skills.readyForNextLevel ? 'Yes' : 'No',
      needs.length,
      complianceSummary(compliance),
      toDiscussText(skills.toDiscuss),
      // SPEC 2.1 (v2): a leaving date after the audit date is a planned leaver, audited as normal and flagged here.
      member.leavingDate !== null && member.leavingDate > auditDate ? `Leaving ${ukDate(member.leavingDate)}` : null,
      // SPEC 9.2: this year's planned hours against the budget; a qualification's own release beside it.
      developmentBudget?.plannedHours ?? null,
      developmentBudget?.budgetHours ?? null,
      developmentBudget && developmentBudget.qualificationHours > 0 ? developmentBudget.qualificationHours : null,
      member.hoursPerWeek,
    ];
  }
  return {
    name: 'Skills Profile',
    preamble: [],
    headers: SKILLS_PROFILE_HEADERS,
    rows,
    columnWidths: [10, 24, 22, 9, 10, 11, 10, 8, 8, 8, 40, 20, 12, 10, 36, 30, 18, 12, 12, 12, 12],
  };
}

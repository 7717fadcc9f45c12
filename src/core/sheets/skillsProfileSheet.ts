import type { Audit } from '../audit';
import { complianceSummary } from '../complianceStatus';
import type { OutputSheet } from '../outputSheet';

export const SKILLS_PROFILE_HEADERS = [
  'Staff ID', 'Name', 'Job title', 'LSA level', 'Specialist', 'Coverage %', 'Gap score', 'Gap A', 'Gap B', 'Gap C',
  'Priority gaps', 'Strengths', 'Ready for next level', 'Training needs', 'Compliance', 'Criteria to discuss',
];

/**
 * One row per person: coverage, gap scores, priorities, strengths, readiness (SPEC 3.4, 4).
 * @example skillsProfileSheet(audit).headers[6] // 'Gap score'
 */
export function skillsProfileSheet(audit: Audit): OutputSheet {
  const rows = audit.staff.map(({ member, skills, needs, compliance }) => [
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
    skills.priorityGaps.map((g) => `${g.code} (${g.priority}, gap ${g.gap})`).join('; '),
    skills.strengths.join(', '),
    skills.readyForNextLevel === null ? null : skills.readyForNextLevel ? 'Yes' : 'No',
    needs.length,
    complianceSummary(compliance),
    skills.toDiscuss.map((d) => `${d.code} (self ${d.self}, manager ${d.manager})`).join('; '),
  ]);
  return {
    name: 'Skills Profile',
    preamble: [],
    headers: SKILLS_PROFILE_HEADERS,
    rows,
    columnWidths: [10, 24, 22, 9, 10, 11, 10, 8, 8, 8, 40, 20, 12, 10, 36, 30],
  };
}

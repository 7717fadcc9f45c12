import type { Audit } from '../audit';
import type { OutputSheet } from './outputSheet';

export const QUALIFICATIONS_HEADERS = ['Staff ID', 'Name', 'Credits', 'Size', 'Learning hours', 'L3 Certificate', 'Credits at Level 2', 'Highest level', 'L3 Certificate (LLN)', 'Units not in catalogue'];

/**
 * One row per person: QCF credits, size, certificate progress, highest learning-support level (SPEC 3.5).
 * @example qualificationsSheet(audit).headers[5] // 'L3 Certificate'
 */
export function qualificationsSheet(audit: Audit): OutputSheet {
  const rows = audit.staff.map(({ member, qualifications: q }) => [
    member.id, member.name, q.credits, q.size, q.learningHours, q.l3Certificate.text, q.creditsAtLevel2, q.highestLevel,
    q.llnCertificate.text, q.unknownUnits.join('; '),
  ]);
  return { name: 'Qualifications', preamble: [], headers: QUALIFICATIONS_HEADERS, rows, columnWidths: [10, 24, 9, 12, 14, 50, 16, 13, 50, 30] };
}

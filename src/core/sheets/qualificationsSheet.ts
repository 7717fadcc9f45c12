import type { Audit } from '../audit';
import type { OutputSheet } from './outputSheet';
import { isLlnSpecialist } from '../qualifications/isLlnSpecialist';
import type { CertificateStatus } from '../qualifications/qualificationProfile';

function practiceCell(logged: string | null | undefined, pathway: CertificateStatus, generic: CertificateStatus): string | null {
  if (pathway.state === 'Achieved' && logged != null && logged !== 'Met') return 'Not needed: the certificate is held';
  return logged ?? (generic.state === 'In progress' ? 'No practice logged' : null);
}

export const QUALIFICATIONS_HEADERS = [
  'Staff ID', 'Name', 'Credits', 'Size', 'Learning hours', 'L3 Certificate', 'Credits at Level 2', 'Highest level', 'L3 Certificate (LLN)',
  'In progress', 'Units not in catalogue',
];

// SPEC 3.11: a rule whose column is not mapped gives no verdict; the cell says so.
const NOT_RECORDED = 'Not recorded';

/**
 * One row per person: QCF credits, size, certificate progress, highest learning-support level, qualifications in progress (SPEC 3.5).
 * Units (a QCF units column or a Units sheet) give the credits and certificates; qualifications or units give the highest level.
 * @example qualificationsSheet(audit).headers[5] // 'L3 Certificate'
 */
export function qualificationsSheet(audit: Audit): OutputSheet {
  const mapped = audit.input.mappedFields;
  const units = mapped.includes('qcfUnits');
  const any = units || mapped.includes('qualifications');
  // SPEC 3.5 (v2): a Practice column only when the workbook has a Practice log.
  const practice = audit.input.practice ? true : false;
  const rows = audit.staff.map(({ member, qualifications: q, practice: p }) => [
    member.id, member.name,
    units ? q.credits : NOT_RECORDED, units ? q.size : NOT_RECORDED, units ? q.learningHours : NOT_RECORDED,
    units ? q.l3Certificate.text : NOT_RECORDED, units ? q.creditsAtLevel2 : NOT_RECORDED, any ? q.highestLevel : NOT_RECORDED,
    units ? (q.llnShown ? q.llnCertificate.text : '') : NOT_RECORDED, any ? q.inProgress.map((x) => x.title).join('; ') : NOT_RECORDED, q.unknownUnits.join('; '),
    // Nothing logged says so only for someone working towards the certificate; for others a blank is right. Practice
    // towards a certificate the person holds is not asked for (SPEC 9.1: the sheet never contradicts the holding).
    ...(practice ? [practiceCell(p, isLlnSpecialist(member) ? q.llnCertificate : q.l3Certificate, q.l3Certificate)] : []),
  ]);
  const headers = practice ? [...QUALIFICATIONS_HEADERS, 'Practice'] : QUALIFICATIONS_HEADERS;
  const columnWidths = [10, 24, 9, 12, 14, 50, 16, 13, 50, 40, 30, ...(practice ? [50] : [])];
  return { name: 'Qualifications', preamble: [], headers, rows, columnWidths };
}

import type { CertificateStatus, QualificationProfile } from '../qualifications/qualificationProfile';
import type { LsaLevel } from '../staffMember';
import type { NeedRow } from './needRow';

/**
 * SPEC 3.7 Qualification needs (Medium): no learning-support qualification at Level 2+; level 3-4 staff
 * without one at Level 3 (one row, not both); LLN specialists without the LLN certificate.
 * @example qualificationNeeds(profile, 3, false)[0].need // 'Learning-support qualification at Level 3'
 */
export function qualificationNeeds(q: QualificationProfile, level: LsaLevel, isLlnSpecialist: boolean): NeedRow[] {
  const rows: NeedRow[] = [];
  const row = (need: string, suggestedActivity: string, hours: number) =>
    rows.push({ category: 'Qualification', need, criterion: null, priority: 'Medium', suggestedActivity, hours });
  const highest = Math.max(q.highestLevel ?? 0, q.l3Certificate.state === 'Achieved' ? 3 : 0);
  if (level >= 3 && highest < 3) {
    row('Learning-support qualification at Level 3', certificateActivity(q.l3Certificate, 'Level 3 Certificate in Learning Support'),
      remainingHours(q.l3Certificate));
  } else if (highest < 2) {
    const activity = q.l3Certificate.state === 'In progress'
      ? certificateActivity(q.l3Certificate, 'Level 3 Certificate in Learning Support')
      // seed 004: "Level 2 Award in Learning Support"; seed 001: the first mandatory unit alone leads to it (6 credits).
      : 'Level 2 Award in Learning Support (unit: Preparing to support learning, 6 credits), then the Level 3 Certificate (seeds 001, 004)';
    row('Learning-support qualification at Level 2 or above', activity,
      q.l3Certificate.state === 'In progress' ? remainingHours(q.l3Certificate) : 60);
  }
  if (isLlnSpecialist && q.llnCertificate.state !== 'Achieved') {
    // seed 001: entry requires Level 2 personal skills in English and mathematics.
    row('Level 3 Certificate in Learning Support (literacy, language and numeracy)',
      certificateActivity(q.llnCertificate, 'LLN certificate (entry needs Level 2 English and maths, seed 001)'),
      remainingHours(q.llnCertificate));
  }
  return rows;
}

// Certificate statuses are shared by everyone holding the same units (certificateStatus): so is the text built from one.
const ACTIVITY = new WeakMap<CertificateStatus, Map<string, string>>();
function certificateActivity(c: CertificateStatus, name: string): string {
  let byName = ACTIVITY.get(c);
  if (byName === undefined) ACTIVITY.set(c, (byName = new Map()));
  let text = byName.get(name);
  if (text === undefined) byName.set(name, (text = activityText(c, name)));
  return text;
}

function activityText(c: CertificateStatus, name: string): string {
  if (c.state !== 'In progress') return `Start the ${name}`;
  const missing = c.missingMandatory.length ? `, missing ${c.missingMandatory.join(', ')}` : '';
  return `Complete the ${name} (${c.creditsCounted} of ${c.creditsRequired} credits${missing})`;
}

// seed 001: 1 credit = 10 hours of learning.
function remainingHours(c: CertificateStatus): number {
  return Math.max(0, c.creditsRequired - c.creditsCounted) * 10;
}

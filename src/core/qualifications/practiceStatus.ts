import type { PracticeEntry } from '../auditInput';
import type { CertificatePathway } from './certificateStatus';
import { practiceCheck } from './practiceCheck';
import { observationArea } from './practiceCheckFn';

/**
 * One person's Practice log against the certificate's practice rules (SPEC 3.5 v2): "Met", or what is missing;
 * null when they have no entries. Hours by subject: literacy or language, and numeracy, count for the LLN rules.
 * @example practiceStatus([{ staffId: 'S1', date: null, hours: 30, subject: null, observed: true, minutes: 180 }], 'generic') // '1 observation; at least 3 are needed'
 */
export function practiceStatus(entries: readonly PracticeEntry[], pathway: CertificatePathway): string | null {
  if (entries.length === 0) return null;
  let hours = 0;
  let literacyHours = 0;
  let numeracyHours = 0;
  const observations = [];
  for (const e of entries) {
    const area = observationArea(e.subject);
    hours += e.hours;
    if (area === 'literacy' || area === 'language') literacyHours += e.hours;
    if (area === 'numeracy') numeracyHours += e.hours;
    if (e.observed) observations.push({ minutes: e.minutes, area });
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const result = practiceCheck({ hours: round(hours), literacyHours: round(literacyHours), numeracyHours: round(numeracyHours),
    observations }, pathway);
  return result.met ? 'Met' : result.problems.join('; ');
}

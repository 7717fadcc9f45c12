import type { CertificatePathway } from './certificateStatus';

/** An observed (assessed) session of learning support practice. */
export interface PracticeObservation {
  minutes: number;
  /** The area observed; literacy and language count as one area (LLUK LSP qualifications: "literacy and/or language"). */
  area?: 'literacy' | 'language' | 'numeracy' | 'other' | null;
}

/** A trainee's learning support practice record. */
export interface PracticeRecord {
  hours: number;
  literacyHours?: number | null;
  numeracyHours?: number | null;
  observations: readonly PracticeObservation[];
}

export interface PracticeResult {
  met: boolean;
  problems: string[];
}

// LLUK LSP qualifications: generic practice "at least 30 hours", "assessed for a minimum of 3 hours on at least 3 occasions"
const GENERIC = { hours: 30, observations: 3, observedMinutes: 180 };
// LLUK LSP qualifications (LLN): 40 hours, at least 10 in literacy and/or language and 10 in numeracy; observed on at least
// four occasions totalling four hours, each at least 45 minutes, at least one literacy/language and one numeracy.
const LLN = { hours: 40, areaHours: 10, observations: 4, observedMinutes: 240, minMinutesEach: 45 };

const hoursText = (minutes: number): string => `${Math.round((minutes / 60) * 100) / 100} hours`;

/**
 * Checks practice hours and observations against the certificate's practice rules (SPEC 3.5, LLUK LSP qualifications).
 * @example practiceCheck({ hours: 30, observations: [{ minutes: 60 }, { minutes: 60 }, { minutes: 60 }] }, 'generic') // { met: true, problems: [] }
 */
export function practiceCheck(record: PracticeRecord, pathway: CertificatePathway): PracticeResult {
  const problems: string[] = [];
  const obs = record.observations;
  const observedMinutes = obs.reduce((sum, o) => sum + Math.max(0, o.minutes), 0);
  const rule = pathway === 'generic' ? GENERIC : LLN;
  if (record.hours < rule.hours) problems.push(`${record.hours} hours of practice; at least ${rule.hours} are needed`);
  if (pathway === 'lln') {
    const literacy = record.literacyHours ?? 0;
    const numeracy = record.numeracyHours ?? 0;
    if (literacy < LLN.areaHours) problems.push(`${literacy} hours in literacy/language; at least ${LLN.areaHours} are needed`);
    if (numeracy < LLN.areaHours) problems.push(`${numeracy} hours in numeracy; at least ${LLN.areaHours} are needed`);
  }
  if (obs.length < rule.observations) {
    problems.push(`${obs.length} observation${obs.length === 1 ? '' : 's'}; at least ${rule.observations} are needed`);
  }
  if (observedMinutes < rule.observedMinutes) {
    problems.push(`${hoursText(observedMinutes)} observed in all; at least ${hoursText(rule.observedMinutes)} are needed`);
  }
  if (pathway === 'lln') {
    const short = obs.filter((o) => o.minutes < LLN.minMinutesEach).length;
    if (short > 0) problems.push(`${short} observation${short === 1 ? ' is' : 's are'} shorter than ${LLN.minMinutesEach} minutes`);
    if (!obs.some((o) => o.area === 'literacy' || o.area === 'language')) problems.push('no observation in literacy/language');
    if (!obs.some((o) => o.area === 'numeracy')) problems.push('no observation in numeracy');
  }
  return { met: problems.length === 0, problems };
}

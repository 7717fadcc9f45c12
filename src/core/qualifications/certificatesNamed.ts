import { memo } from '../_lib/memo';
import { readQualificationText } from './inProgress';
import { levelInTitle } from './qcfUnitTitle';

/** The Level 3 Certificates in Learning Support a person's qualifications column names as held (SPEC 9.1). */
export interface CertificatesNamed {
  generic: boolean;
  lln: boolean;
}

const CERTIFICATE = /\bcertificate in learning support\b/i;
const LLN = /literacy|language and numeracy|\blln\b/i;
// seed 004 also lists the Certificate in Learning Support (disabled learners): a pathway of its own, neither of these two.
const OTHER_PATHWAY = /disabled learners/i;

const pathwayOf = memo((text: string): 'generic' | 'lln' | null => {
  const { title, inProgress } = readQualificationText(text);
  if (inProgress || !CERTIFICATE.test(title) || OTHER_PATHWAY.test(title)) return null;
  const level = levelInTitle(title);
  if (level !== null && level !== 3) return null;
  return LLN.test(title) ? 'lln' : 'generic';
});

/**
 * Which Level 3 Certificates in Learning Support are named as held (not in progress) in a qualifications list. A
 * certificate the manager records as held is held, whatever units are listed (SPEC 9.1 "Certificates named as held").
 * @example certificatesNamed(['BSL Level 3', 'Level 3 Certificate in Learning Support']) // { generic: true, lln: false }
 */
export function certificatesNamed(titles: readonly string[]): CertificatesNamed {
  const named = { generic: false, lln: false };
  for (const t of titles) {
    const pathway = pathwayOf(t);
    if (pathway !== null) named[pathway] = true;
  }
  return named;
}

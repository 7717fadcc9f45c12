import type { QualificationInProgress } from './learningSupportQualification';

/** Status of one Level 3 Certificate pathway (LLUK LSP qualifications). */
export interface CertificateStatus {
  pathway: 'generic' | 'lln';
  state: 'Achieved' | 'In progress' | 'Not started';
  /** Credits counted toward the certificate (capped as LLUK LSP qualifications says). */
  creditsCounted: number;
  /** 30 for the generic certificate, 36 for LLN. */
  creditsRequired: number;
  missingMandatory: string[];
  /** Plain words for the sheet and CERTSTATUS, e.g. "In progress: 18 of 30 credits, missing Approaches to learning". */
  text: string;
}

/** One person's QCF credits and qualifications (SPEC 3.5). */
export interface QualificationProfile {
  staffId: string;
  credits: number;
  size: 'Award' | 'Certificate' | 'Diploma' | 'None';
  learningHours: number;
  l3Certificate: CertificateStatus;
  llnCertificate: CertificateStatus;
  creditsAtLevel2: number;
  /** Highest learning-support qualification level held, or null when none; one in progress is not held (SPEC 3.5 v2). */
  highestLevel: number | null;
  /** Qualifications and units written as not yet achieved, in the order listed (SPEC 3.5 v2: the "In progress" column). */
  inProgress: readonly QualificationInProgress[];
  /** Catalogue ids of the units held (qcfUnits.ts), so a held unit is never suggested (SPEC 3.7). */
  heldUnits: readonly string[];
  /** Whether the Qualifications sheet shows the LLN certificate: LLN specialists and holders of LLN units (SPEC 4, 9.1). */
  llnShown: boolean;
  /** Units offered at two levels held with no level recorded, taken at the higher (SPEC 3.5 v2: Audit Issues, Info). */
  levelAssumed: readonly { title: string; level: number }[];
  /** Unit titles not found in the catalogue (reported in Audit Issues). */
  unknownUnits: string[];
}

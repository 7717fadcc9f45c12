export type QcfSize = 'Award' | 'Certificate' | 'Diploma' | 'None';

/**
 * The QCF size of a number of credits. LLUK LSP qualifications: Awards 1 to 12 credits, Certificates 13 to 36, Diplomas 37 or more.
 * @example qcfSize(30) // 'Certificate'
 */
export function qcfSize(credits: number): QcfSize {
  if (!Number.isFinite(credits) || credits <= 0) return 'None';
  if (credits <= 12) return 'Award';
  if (credits <= 36) return 'Certificate';
  return 'Diploma';
}

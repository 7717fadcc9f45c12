import type { ContractType, StaffMember } from '../staffMember';

export type ContractGroup = 'permanent' | 'non-permanent';

// ELS report 2010 "Access and barriers to training": permanently employed staff "typically reported good access
// to training", those who were not (hourly contracts, agency staff) did not. Term-time only is grouped with
// the non-permanent contracts: release time is the barrier ELS report 2010 names, and it applies to them too.
const WORDS: Partial<Record<ContractType, string>> = {
  'fixed-term': 'Fixed-term contract',
  'hourly-paid': 'Hourly-paid contract',
  'term-time only': 'Term-time only contract',
  'bank/agency': 'Bank/agency staff',
  volunteer: 'Volunteer',
};

/**
 * Permanent or non-permanent for SPEC 3.7 barriers and O8; null when unknown or "other".
 * @example contractGroup('hourly-paid') // 'non-permanent'
 */
export function contractGroup(contract: ContractType | null): ContractGroup | null {
  if (contract === 'permanent full-time' || contract === 'permanent part-time') return 'permanent';
  if (contract === null || contract === 'other') return null;
  return 'non-permanent';
}

/** Which barrier columns the staff table has: a barrier needs its column (SPEC 3.7, 3.11). */
export interface BarrierColumns {
  paidToTrain: boolean;
  releaseTime?: boolean;
}

/**
 * The barrier to training for one person in words (SPEC 3.7), or null when none applies. A non-permanent contract
 * is a barrier only where the paid-to-train column is mapped and does not say Yes; release time No is a barrier.
 * Several are joined with "; ".
 * ELS report 2010: "Time and employment status are significant barriers"; "the vast majority were not [paid to attend]".
 * @example trainingBarrier(member) // 'Fixed-term contract; not paid to attend training'
 */
export function trainingBarrier(member: Pick<StaffMember, 'contract' | 'paidToTrain'> & Partial<Pick<StaffMember, 'releaseTime'>>,
  columns: BarrierColumns = { paidToTrain: true, releaseTime: true }): string | null {
  const parts: string[] = [];
  const contract = columns.paidToTrain && member.paidToTrain !== true && member.contract && WORDS[member.contract];
  if (contract) parts.push(contract);
  if (columns.paidToTrain && member.paidToTrain === false) parts.push('not paid to attend training');
  // ELS report 2010: "the single biggest barrier to development for LSAs is related to time".
  if (columns.releaseTime !== false && member.releaseTime === false) parts.push('no release time recorded');
  if (parts.length === 0) return null;
  parts[0] = parts[0][0].toUpperCase() + parts[0].slice(1);
  return parts.join('; ');
}

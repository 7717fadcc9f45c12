import type { ContractType, StaffMember } from '../staffMember';

export type ContractGroup = 'permanent' | 'non-permanent';

// seed 003 "Access and barriers to training": permanently employed staff "typically reported good access
// to training", those who were not (hourly contracts, agency staff) did not. Term-time only is grouped with
// the non-permanent contracts: release time is the barrier seed 003 names, and it applies to them too.
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

/**
 * The barrier to training for one person in words (SPEC 3.7), or null when none applies.
 * seed 003: "Time and employment status are significant barriers"; "the vast majority were not [paid to attend]".
 * @example trainingBarrier(member) // 'Fixed-term contract; not paid to attend training'
 */
export function trainingBarrier(member: Pick<StaffMember, 'contract' | 'paidToTrain'>): string | null {
  const parts: string[] = [];
  const contract = member.contract && WORDS[member.contract];
  if (contract) parts.push(contract);
  if (member.paidToTrain === false) parts.push(parts.length ? 'not paid to attend training' : 'Not paid to attend training');
  return parts.length ? parts.join('; ') : null;
}

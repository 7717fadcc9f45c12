import type { StaffMember } from '../staffMember';

// seed 001: the LLN pathway is for those supporting literacy, language and numeracy.
const LLN = /literacy|numeracy|esol/i;

/**
 * Whether a person specialises in literacy, language or numeracy support (the LLN certificate's pathway, seed 001).
 * @example isLlnSpecialist({ specialisms: ['Dyslexia', 'ESOL'] }) // true
 */
export function isLlnSpecialist(member: Pick<StaffMember, 'specialisms'>): boolean {
  return member.specialisms.some((s) => LLN.test(s));
}

import type { Aspiration } from '../staffMember';

// SPEC 9.2: aspirations to qualify or progress (teaching, senior, specialist, management and their routes). One list for
// both rules that ask it: a unit for a gap of one step, and a qualification need that is not only an offer.
const QUALIFY_OR_PROGRESS: ReadonlySet<Aspiration> = new Set<Aspiration>([
  'qualify', 'senior', 'responsibility', 'specialist', 'specialistTutor', 'supportTutor', 'coordinator', 'management', 'teaching',
  'training', 'research', 'supportedEmployment',
]);

/**
 * Whether the person's aspiration is to qualify or progress (SPEC 9.2).
 * @example qualifiesOrProgresses('teaching') // true
 */
export function qualifiesOrProgresses(aspiration: Aspiration | null): boolean {
  return aspiration !== null && QUALIFY_OR_PROGRESS.has(aspiration);
}

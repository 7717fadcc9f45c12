// LLUK LSP qualifications: "1 credit represents 10 hours of study"
export const HOURS_PER_CREDIT = 10;

/**
 * Notional learning hours for a number of QCF credits.
 * @example learningHours(30) // 300
 */
export function learningHours(credits: number): number {
  return credits * HOURS_PER_CREDIT;
}

/**
 * 100 x part / whole to one decimal place, computed from integers where possible to avoid 0.1-style drift.
 * @example percent1(1, 3) // 33.3
 */
export function percent1(part: number, whole: number): number {
  return Math.round((1000 * part) / whole) / 10;
}

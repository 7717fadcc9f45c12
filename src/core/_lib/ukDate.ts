/**
 * An ISO date as the UK writes it, for text the user reads ("left on 31/07/2026").
 * @example ukDate('2026-07-31') // '31/07/2026'
 */
export function ukDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

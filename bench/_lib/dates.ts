import type { Rng } from './prng';

const DAY = 86_400_000;
/** The audit date the bench passes to the engine and CLI. */
export const AS_OF = '2026-09-01';
const AS_OF_MS = Date.UTC(2026, 8, 1);

/** A UTC-midnight date between daysBack and daysBackMin days before the audit date. */
export function dateBefore(rng: Rng, daysBack: number, daysBackMin = 0): Date {
  return new Date(AS_OF_MS - rng.int(daysBackMin, daysBack) * DAY);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY);
}

/** UK text form dd/mm/yyyy, as typed into a text-formatted cell. */
export function ukText(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function isoText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

import { matchUnit } from './matchUnit';

/** Total credits, and the titles that could not be counted. */
export interface QcfCreditsTotal {
  credits: number;
  /** Titles not in the catalogue that had no credits of their own. */
  unknown: string[];
}

/**
 * Total credits of the listed units (SPEC 3.5, QCFCREDITS). Where a credits list is given, its number for a row
 * is used; otherwise the catalogue's credits (LLUK LSP qualifications). A catalogue unit listed twice counts once.
 * @example qcfCredits(['Approaches to learning', 'Using ICT to support learning']) // { credits: 12, unknown: [] }
 */
export function qcfCredits(titles: readonly string[], credits?: readonly (number | null | undefined)[]): QcfCreditsTotal {
  const seen = new Set<string>();
  const unknown: string[] = [];
  let total = 0;
  const rows = Math.max(titles.length, credits?.length ?? 0);
  for (let i = 0; i < rows; i++) {
    const given = credits?.[i];
    if (typeof given === 'number' && Number.isFinite(given)) {
      total += given;
      continue;
    }
    const title = (titles[i] ?? '').trim();
    if (title === '') continue;
    const unit = matchUnit(title);
    if (!unit) unknown.push(title);
    else if (!seen.has(unit.id)) {
      seen.add(unit.id);
      total += unit.credits;
    }
  }
  return { credits: total, unknown };
}


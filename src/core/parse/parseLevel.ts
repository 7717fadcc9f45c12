import { meansNothing } from '../cells/meansNothing';
import { isCellError, type CellValue } from '../cells/cellValue';
import type { LsaLevel } from '../staffMember';
import { tidySpaces } from '../_lib/tidySpaces';

/** An LSA level cell read: a level 1-4, blank, or unreadable. */
export type ParsedLevel = { kind: 'level'; level: LsaLevel } | { kind: 'blank' } | { kind: 'invalid' };

// "Level 3", "L3", "LSA 3", "Band 2", "Grade 4", "LSA level 3", "Lvl 2"
const WITH_WORD = /^(?:lsa ?)?(?:level|lvl|l|band|grade|lsa)? ?\.? ?([1-4])$/;
const SENIOR = /^senior( lsa)?$/;

/**
 * Reads an LSA level (SPEC 2.1): 1-4, "Level 3", "L3", "Band 2"; "Senior LSA" is level 4 (Career pathways 2011).
 * @example parseLevel('L3') // { kind: 'level', level: 3 }
 */
export function parseLevel(value: CellValue | undefined): ParsedLevel {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (isCellError(value) || value instanceof Date || typeof value === 'boolean') return { kind: 'invalid' };
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 && value <= 4 ? { kind: 'level', level: value as LsaLevel } : { kind: 'invalid' };
  }
  const t = tidySpaces(value).toLowerCase();
  if (t === '' || meansNothing(t)) return { kind: 'blank' };
  const m = WITH_WORD.exec(t);
  if (m) return { kind: 'level', level: Number(m[1]) as LsaLevel };
  if (SENIOR.test(t)) return { kind: 'level', level: 4 };
  return { kind: 'invalid' };
}

import { meansNothing } from '../cells/meansNothing';
import { isCellError, type CellValue } from '../cells/cellValue';
import type { PersonalSkillLevel } from '../staffMember';
import { tidySpaces } from '../_lib/tidySpaces';

/** A personal-skills cell read (English, maths, ICT). */
export type ParsedSkill = { kind: 'level'; level: PersonalSkillLevel } | { kind: 'blank' } | { kind: 'invalid' };

const ENTRY = /\b(?:entry|e) ?(?:level ?)?([1-3])\b/;
const LEVEL = /\b(?:level|lvl|l) ?([1-8])\b/;
const GCSE_NUMBER = /\bgcse\b.*?\b([1-9])\b/;
const GCSE_LETTER = /\bgcse\b.*?(?:grade )?\b(a\*|[a-g])(?=$|[^a-z*])/;
const A_LEVEL = /\b(?:a[ -]?level|as[ -]?level|degree|ba|bsc|ma|msc|pgce|hnd|hnc)\b/;
const O_LEVEL = /\bo[ -]?level\b/;
const LONE_GRADE = /^(a\*|[a-c])$/;
const LEVELS: PersonalSkillLevel[] = ['Level 1', 'Level 2', 'Level 3'];

/** GCSE grades: 4-9 or A*-C are Level 2, lower grades Level 1 (SPEC 2.1). */
function gcse(t: string): PersonalSkillLevel | null {
  const n = GCSE_NUMBER.exec(t);
  if (n) return Number(n[1]) >= 4 ? 'Level 2' : 'Level 1';
  const g = GCSE_LETTER.exec(t);
  if (g) return 'a*abc'.includes(g[1]) ? 'Level 2' : 'Level 1';
  return t.includes('gcse') ? 'Level 2' : null;
}

/**
 * Reads English/maths/ICT level (SPEC 2.1): Entry 1-3, Level 1-3+, Functional Skills, GCSE C/4 and above = Level 2, A* = Level 2, A level =
 * Level 3.
 * @example parsePersonalSkill('FS L1') // { kind: 'level', level: 'Level 1' }
 */
export function parsePersonalSkill(value: CellValue | undefined): ParsedSkill {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (isCellError(value) || value instanceof Date || typeof value === 'boolean') return { kind: 'invalid' };
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 && value <= 8 ? { kind: 'level', level: LEVELS[Math.min(value, 3) - 1] } : { kind: 'invalid' };
  }
  const t = tidySpaces(value).toLowerCase();
  if (t === '' || meansNothing(t)) return { kind: 'blank' };
  const entry = ENTRY.exec(t);
  if (entry) return { kind: 'level', level: `Entry ${entry[1]}` as PersonalSkillLevel };
  if (t.includes('gcse')) {
    const level = gcse(t);
    if (level) return { kind: 'level', level };
  }
  const level = LEVEL.exec(t);
  if (level) return { kind: 'level', level: LEVELS[Math.min(Number(level[1]), 3) - 1] };
  if (A_LEVEL.test(t)) return { kind: 'level', level: 'Level 3' };
  if (O_LEVEL.test(t) || LONE_GRADE.test(t)) return { kind: 'level', level: 'Level 2' };
  if (/^[1-8]$/.test(t)) return { kind: 'level', level: LEVELS[Math.min(Number(t), 3) - 1] };
  return { kind: 'invalid' };
}

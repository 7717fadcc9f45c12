import type { LsaLevel } from './staffMember';

/** A problem with an argument: becomes #VALUE! with this message. */
export type ArgError = { error: string };

/** Unwraps a single cell passed as a 1 x 1 range. @example scalarOf([[3]]) // 3 */
export function scalarOf(v: unknown): unknown {
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
}

/** Excel passes an omitted optional argument as null or undefined; an empty cell as "". @example isOmitted(null) // true */
export function isOmitted(v: unknown): boolean {
  const s = scalarOf(v);
  return s === null || s === undefined || (typeof s === 'string' && s.trim() === '');
}

/** An LSA level 1-4 written as 3, "3", "L3" or "Level 3" (SPEC 2.1). @example levelArg('L3', 'level') // 3 */
export function levelArg(v: unknown, name: string): LsaLevel | ArgError {
  const s = scalarOf(v);
  // The usual argument is the number itself: skip the text round trip (String(s) matches 1-4 for exactly these).
  if (s === 1 || s === 2 || s === 3 || s === 4) return s;
  const text = typeof s === 'number' ? String(s) : typeof s === 'string' ? s.trim().toLowerCase().replace(/^(level|l)\s*/, '') : '';
  if (/^[1-4]$/.test(text)) return Number(text) as LsaLevel;
  return { error: `${name} must be an LSA level 1-4${name === 'level_or_targets' ? ' or a range of targets' : ''}; got '${String(s)}'` };
}

/** TRUE/FALSE, Yes/No or 1/0; undefined when omitted. @example specialistArg('Yes') // true */
export function specialistArg(v: unknown): boolean | undefined | ArgError {
  if (isOmitted(v)) return undefined;
  const s = scalarOf(v);
  if (typeof s === 'boolean') return s;
  const text = String(s).trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  return { error: `specialist must be TRUE or FALSE; got '${text}'` };
}

/** A whole number of at least 1; undefined when omitted. @example countArg(3) // 3 */
export function countArg(v: unknown): number | undefined | ArgError {
  if (isOmitted(v)) return undefined;
  const s = scalarOf(v);
  const n = typeof s === 'number' ? s : Number(String(s).trim());
  return Number.isInteger(n) && n >= 1 ? n : { error: `count must be a whole number of at least 1; got '${String(s)}'` };
}

/** True for an argument problem. @example isArgError({ error: 'x' }) // true */
export function isArgError(v: unknown): v is ArgError {
  return typeof v === 'object' && v !== null && typeof (v as ArgError).error === 'string';
}

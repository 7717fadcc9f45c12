import type { ContractType } from '../staffMember';
import { memo } from '../_lib/memo';
import { tidySpaces } from '../_lib/tidySpaces';

// Order matters: the first rule that matches wins, so "fixed-term part-time" is fixed-term and "permanent term-time" is term-time only.
const RULES: [RegExp, ContractType][] = [
  [/\bvolunt/, 'volunteer'],
  [/\b(?:bank|agency|supply|relief|pool)\b/, 'bank/agency'],
  [/\b(?:hourly|sessional|casual|zero[ -]?(?:hours?|hrs?)|0[ -]?(?:hours?|hrs?)|as and when|ad hoc)\b/, 'hourly-paid'],
  [/\b(?:fixed|temporary|temp|ftc|maternity cover|secondment|short[ -]term)\b/, 'fixed-term'],
  [/\b(?:term[ -]?time|tto|tt only)\b/, 'term-time only'],
];
const FULL_TIME = /\b(?:full[ -]?time|ft|f\/t)\b/;
const PART_TIME = /\b(?:part[ -]?time|pt|p\/t|fractional)\b/;
const PERMANENT = /\b(?:perm|permanent|substantive|established|open[ -]ended|salaried|contracted)\b/;

/** The type the text alone decides; "permanent" when the hours decide full- or part-time; null when blank. */
function typeOfText(text: string): ContractType | 'permanent' | null {
  const t = tidySpaces(text).toLowerCase();
  if (t === '') return null;
  for (const [pattern, type] of RULES) if (pattern.test(t)) return type;
  if (PART_TIME.test(t)) return 'permanent part-time';
  if (FULL_TIME.test(t)) return 'permanent full-time';
  return PERMANENT.test(t) ? 'permanent' : 'other';
}

// A team has a handful of distinct contract texts: each is matched against the rules once.
const typeOfTextOnce = memo(typeOfText);

/**
 * The canonical contract type (SPEC 3.10); a permanent contract is full- or part-time by its text, else by hours against full-time hours.
 * @example canonicalContract('Permanent', 22.5, 37) // 'permanent part-time'
 */
export function canonicalContract(text: string | null, hoursPerWeek: number | null, fullTimeHours: number): ContractType | null {
  if (text === null) return null;
  const type = typeOfTextOnce(text);
  if (type !== 'permanent') return type;
  // No hours recorded: a permanent post is taken as full-time.
  return hoursPerWeek !== null && hoursPerWeek < fullTimeHours ? 'permanent part-time' : 'permanent full-time';
}

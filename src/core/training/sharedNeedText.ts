// Brackets that are part of a qualification's title, not per-person detail: LLUK LSP qualifications' "Level 3 Certificate in
// Learning Support (literacy, language and numeracy)" (SPEC 3.7: the LLN certificate keeps its full name).
const TITLE_BRACKETS = /^\((?:literacy, language and numeracy|LLN)\)$/i;

/**
 * The text needs are grouped on: the need without its trailing per-person detail "(...)"; a bracket that is part of
 * a qualification's title (the LLN certificate) stays.
 * @example sharedNeedText('Safeguarding training (expired 2024-05-01)') // 'Safeguarding training'
 */
export function sharedNeedText(need: string): string {
  if (!need.trimEnd().endsWith(')')) return need.trim(); // most needs carry no detail: skip the regex
  const detail = /\s*(\([^()]*\))\s*$/.exec(need);
  if (detail === null || TITLE_BRACKETS.test(detail[1])) return need.trim();
  return need.slice(0, detail.index).trim();
}

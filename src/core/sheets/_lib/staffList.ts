/** Excel's limit on the characters in one cell. */
export const EXCEL_CELL_MAX = 32_767;

/**
 * Names joined with "; ", cut short of Excel's cell limit with a count of the rest: a need shared by thousands of
 * staff would otherwise make a cell Excel cannot hold (and joining 100,000 names cost more than the whole sheet).
 * @example staffList(['Annabel Leeming', 'Benedict Ngata', 'Cyrus Ohanian-Whitfield'], 52) // 'Annabel Leeming; … and 2 more (see Training Needs)'
 */
export function staffList(names: readonly string[], max = EXCEL_CELL_MAX): string {
  const more = (n: number) => `… and ${n.toLocaleString('en-GB')} more (see Training Needs)`;
  // Formatting a number per name was most of this function's time: the note's length only depends on the digits.
  const noteBase = more(0).length - 1;
  const noteLength = (n: number) => {
    const digits = String(n).length;
    return noteBase + digits + Math.floor((digits - 1) / 3);
  };
  let length = 0;
  let fit = 0;
  for (; fit < names.length; fit++) {
    const next = length + (fit > 0 ? 2 : 0) + names[fit].length;
    // Keep room for the "and N more" note unless this is the last name.
    const room = fit === names.length - 1 ? max : max - noteLength(names.length - fit - 1) - 2;
    if (next > room) break;
    length = next;
  }
  if (fit === names.length) return names.join('; ');
  const shown = names.slice(0, fit).join('; ');
  return shown === '' ? more(names.length) : `${shown}; ${more(names.length - fit)}`;
}

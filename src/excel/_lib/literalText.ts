import type { OutputValue } from '../../core/sheets/outputSheet';

/** The Text number format: Excel stores what is written to such a cell as typed, never as a formula, number or date. */
export const TEXT_FORMAT = '@';

// Excel parses a written string like a typed entry: "=..", "+..", "-..", "@.." become formulas, "0012" a number,
// "3/4" or "Jan 25" a date, "TRUE" a boolean, "'x" loses its apostrophe. Only a string that starts with a letter,
// holds no digit and is not TRUE/FALSE is safe from all of these; every other string goes into a Text-formatted cell.
const SAFE = /^[A-Za-z][^0-9]*$/;
const BOOLEAN = /^(true|false)$/i;

/**
 * True when a value must land in a Text-formatted cell to stay literal text.
 * @example needsTextFormat('=HYPERLINK("x")') // true
 */
export function needsTextFormat(v: OutputValue | undefined): boolean {
  return typeof v === 'string' && v !== '' && (!SAFE.test(v) || BOOLEAN.test(v));
}

/**
 * The numberFormat array for a block of rows: "@" where a cell needs it, null (leave as is) elsewhere;
 * null when no cell in the block needs it, so nothing is sent. A caller that has already classified the block's strings
 * passes its answers as needsText, which is only asked about non-empty strings.
 * @example textFormatMask([['=1', 'Ann']]) // [['@', null]]
 */
export function textFormatMask(rows: readonly (readonly OutputValue[])[], width: number,
  needsText: (s: string) => boolean = needsTextFormat): (string | null)[][] | null {
  let any = false;
  const mask = rows.map((row) => {
    const out: (string | null)[] = new Array(width).fill(null);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v !== '' && needsText(v)) {
        out[c] = TEXT_FORMAT;
        any = true;
      }
    }
    return out;
  });
  return any ? mask : null;
}

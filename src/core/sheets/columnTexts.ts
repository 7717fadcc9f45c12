import type { OutputValue } from './outputSheet';
import { plainText } from './presentSheets';
import { cachedWrappedLines } from './rowLines';

/** A text as a cell shows it, and the lines it wraps to in its column. */
export interface ColumnText {
  text: OutputValue;
  lines: number;
}

const NONE: ColumnText = { text: null, lines: 1 };
const TEXTS_MAX = 50_000;

/**
 * The product's texts of one column, made plain (plainText) and measured (wrappedLines at 11 pt) once each: a team's
 * needs, activities and peer support repeat, and one lookup a cell costs less than the two it replaces.
 * @example new ColumnTexts(30).of('Include every LSA in performance review each year').lines // 2
 */
export class ColumnTexts {
  private readonly texts = new Map<string, ColumnText>();

  constructor(private readonly width: number) {}

  of(raw: string | null): ColumnText {
    if (raw === null) return NONE;
    let cell = this.texts.get(raw);
    if (cell === undefined) {
      const text = plainText(raw) as string;
      cell = { text, lines: text.length < this.width ? 1 : cachedWrappedLines(text, this.width) };
      if (this.texts.size >= TEXTS_MAX) this.texts.clear();
      this.texts.set(raw, cell);
    }
    return cell;
  }
}

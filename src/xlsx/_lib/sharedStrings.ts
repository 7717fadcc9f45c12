import { cellOut } from './cellOut';
import { stringItemText } from './sheetCells';
import { elementsOf, escapeText, prefixOf, setAttribute } from './xmlText';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PLAIN_ITEM = /^<([\w.-]+:)?si>\s*<([\w.-]+:)?t(\s[^>]*)?>[^<]*<\/([\w.-]+:)?t>\s*<\/([\w.-]+:)?si>$/;

/**
 * The workbook's shared strings with the audit's text added: the user's items keep their places (indices the user's cells
 * point at), the audit's are appended, each distinct text once, and a text the table already holds as plain text is
 * reused (so a second run appends only what is new). SPEC 9.4.
 * @example const strings = new SharedStrings(sstXml); const i = strings.of('Red'); strings.render()
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly p: string;
  private readonly items: number;
  private refs = 0;

  constructor(private readonly xml: string | null) {
    this.p = xml ? prefixOf(xml, NS_MAIN) : '';
    const items = xml ? elementsOf(xml, this.p, 'si') : [];
    this.items = items.length;
    items.forEach((item, i) => {
      if (!PLAIN_ITEM.test(item.xml)) return;
      const text = stringItemText(item.xml);
      if (!this.index.has(text)) this.index.set(text, i);
    });
  }

  /**
   * The index of a cell's text in the table, appending it when new; -1 for a text that is empty once cleaned (a blank
   * cell). The text is cleaned (cellOut) only when first met: a team's text repeats, and the check ran on every cell.
   */
  of(raw: string): number {
    // An empty text is a blank cell (as the add-in leaves it), even where the user's table holds an empty item.
    if (raw === '') return -1;
    let i = this.index.get(raw);
    if (i === undefined) {
      const text = cellOut(raw) as string;
      i = text === '' ? -1 : this.index.get(text) ?? this.append(text);
      this.index.set(raw, i);
    }
    if (i >= 0) this.refs++;
    return i;
  }

  private append(text: string): number {
    const i = this.items + this.added.length;
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    this.added.push(`<${this.p}si><${this.p}t${space}>${escapeText(text)}</${this.p}t></${this.p}si>`);
    this.index.set(text, i);
    return i;
  }

  /** Whether the audit's text needed items the table did not have. */
  get changed(): boolean {
    return this.added.length > 0;
  }

  /** The shared strings part with the new items at its end and its counts brought up to date. */
  render(): string {
    const unique = this.items + this.added.length;
    if (!this.xml) {
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS_MAIN}" count="${this.refs}" uniqueCount="${unique}">${this.added.join('')}</sst>`;
    }
    const root = /<([\w.-]+:)?sst\b[^>]*?(\/?)>/.exec(this.xml)!;
    let open = root[0].replace(/\s*\/>$/, '>');
    const count = /\scount\s*=\s*"(\d+)"/.exec(open);
    if (count) open = setAttribute(open, 'count', String(Number(count[1]) + this.refs));
    open = setAttribute(open, 'uniqueCount', String(unique));
    const q = `${this.p}sst`;
    if (root[2]) return `${this.xml.slice(0, root.index)}${open}${this.added.join('')}</${q}>${this.xml.slice(root.index + root[0].length)}`;
    const end = this.xml.lastIndexOf(`</${q}`);
    return `${this.xml.slice(0, root.index)}${open}${this.xml.slice(root.index + root[0].length, end)}${this.added.join('')}${this.xml.slice(end)}`;
  }
}

import { attributesOf, elementsOf, escapeAttr, prefixOf } from './xmlText';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };
const FIRST_CUSTOM_FORMAT = 164;
// Used when the input has no styles part (a package made by hand): Excel's own minimum.
const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}">`
  + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** How one of the audit's cells looks; every cell the audit writes names its font, so the user's default font never leaks in. */
export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** RGB hex without '#'. */
  color?: string;
  size: number;
  fill?: string;
  numberFormat?: string;
  wrap?: boolean;
  top?: boolean;
}

/** One list of a styles part (fonts, fills, borders, cellXfs): its elements as written, so equal ones are shared. */
class StyleList {
  readonly items: string[];
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];
  constructor(xml: string, private readonly p: string, readonly name: string, child: string) {
    const block = elementsOf(xml, p, name)[0]?.xml ?? '';
    this.items = elementsOf(block, p, child).map((e) => e.xml);
    this.items.forEach((item, i) => {
      if (!this.index.has(item)) this.index.set(item, i);
    });
  }
  /** The index of an element equal to `item`, appending it when the list has none. */
  of(item: string): number {
    let i = this.index.get(item);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.added.push(item);
      this.index.set(item, i);
    }
    return i;
  }
  /** The styles part with this list's added elements at its end and its count brought up to date. */
  render(xml: string, after: string): string {
    if (this.added.length === 0) return xml;
    const q = `${this.p}${this.name}`;
    const found = elementsOf(xml, this.p, this.name)[0];
    const count = this.items.length;
    const added = this.added.join('');
    if (!found) {
      const at = xml.indexOf(after) >= 0 ? xml.indexOf(after) + after.length : xml.lastIndexOf('</');
      return `${xml.slice(0, at)}<${q} count="${count}">${added}</${q}>${xml.slice(at)}`;
    }
    const open = /^<[^>]*?>/.exec(found.xml)![0];
    const selfClosed = open.endsWith('/>');
    const head = open.replace(/\s*\/?>$/, '').replace(/\scount\s*=\s*("[^"]*"|'[^']*')/, '');
    const inner = selfClosed ? '' : found.xml.slice(open.length, found.xml.lastIndexOf('</'));
    return `${xml.slice(0, found.start)}${head} count="${count}">${inner}${added}</${q}>${xml.slice(found.end)}`;
  }
}

/**
 * The workbook's styles part with the audit's cell formats added to it: the user's fonts, fills, formats and cell styles keep
 * their places (indices the user's cells point at), the audit's are appended, each only once (a second run reuses the first's).
 * @example const book = new StyleBook(stylesXml); const s = book.xf({ size: 11, bold: true }); book.render()
 */
export class StyleBook {
  private readonly p: string;
  private readonly fonts: StyleList;
  private readonly fills: StyleList;
  private readonly borders: StyleList;
  private readonly xfs: StyleList;
  private readonly formats = new Map<string, number>();
  private readonly newFormats: string[] = [];
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private readonly cache = new Map<string, number>();
  private readonly hasStyleXfs: boolean;
  readonly original: string | null;
  private xml: string;

  constructor(stylesXml: string | null) {
    this.original = stylesXml;
    this.xml = stylesXml ?? EMPTY_STYLES;
    this.p = prefixOf(this.xml, NS_MAIN);
    this.fonts = new StyleList(this.xml, this.p, 'fonts', 'font');
    this.fills = new StyleList(this.xml, this.p, 'fills', 'fill');
    this.borders = new StyleList(this.xml, this.p, 'borders', 'border');
    this.xfs = new StyleList(this.xml, this.p, 'cellXfs', 'xf');
    this.hasStyleXfs = elementsOf(this.xml, this.p, 'cellStyleXfs').length > 0;
    for (const f of elementsOf(this.xml, this.p, 'numFmt')) {
      const a = attributesOf(f.xml);
      const id = Number(a.numFmtId);
      if (!Number.isInteger(id)) continue;
      if (a.formatCode !== undefined && !this.formats.has(a.formatCode)) this.formats.set(a.formatCode, id);
      this.nextFormat = Math.max(this.nextFormat, id + 1);
    }
    // Fill 0 and 1 are reserved by Excel (none, gray125); a part without them gets them before any of ours.
    while (this.fills.items.length < 2) this.fills.of(`<${this.p}fill><${this.p}patternFill patternType="${this.fills.items.length === 0 ? 'none' : 'gray125'}"/></${this.p}fill>`);
  }

  private numFmtId(code: string | undefined): number {
    if (!code) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormat++;
      this.formats.set(code, id);
      this.newFormats.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  /**
   * The cellXfs index of a look (the number a cell's s attribute holds).
   * @example book.xf({ size: 11, fill: 'C6EFCE' }) // 12
   */
  xf(look: CellLook): number {
    const key = `${look.bold ? 1 : 0}${look.italic ? 1 : 0}${look.underline ? 1 : 0}|${look.color ?? ''}|${look.size}|${look.fill ?? ''}|${look.numberFormat ?? ''}|${look.wrap ? 1 : 0}${look.top ? 1 : 0}`;
    let id = this.cache.get(key);
    if (id === undefined) this.cache.set(key, (id = this.newXf(look)));
    return id;
  }

  private newXf(look: CellLook): number {
    const p = this.p;
    const font = `<${p}font>${look.bold ? `<${p}b/>` : ''}${look.italic ? `<${p}i/>` : ''}${look.underline ? `<${p}u/>` : ''}`
      + `<${p}sz val="${look.size}"/>${look.color ? `<${p}color rgb="${argb(look.color)}"/>` : ''}<${p}name val="Calibri"/><${p}family val="2"/></${p}font>`;
    const fontId = this.fonts.of(font);
    const fillId = look.fill
      ? this.fills.of(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(look.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`)
      : 0;
    const borderId = this.borders.items.length > 0 ? 0 : this.borders.of(`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`);
    const numFmtId = this.numFmtId(look.numberFormat);
    const align = look.wrap || look.top ? `<${p}alignment${look.top ? ' vertical="top"' : ''}${look.wrap ? ' wrapText="1"' : ''}/>` : '';
    const xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${this.hasStyleXfs ? ' xfId="0"' : ''}`
      + ` applyFont="1"${fillId ? ' applyFill="1"' : ''}${numFmtId ? ' applyNumberFormat="1"' : ''}${align ? ` applyAlignment="1">${align}</${p}xf>` : '/>'}`;
    return this.xfs.of(xf);
  }

  /** Whether the audit's cells needed anything the styles part did not have. */
  get changed(): boolean {
    return this.original === null || this.newFormats.length + this.fonts.added.length + this.fills.added.length
        + this.borders.added.length + this.xfs.added.length > 0;
  }

  /** The styles part with the audit's formats appended (ECMA-376 order: numFmts, fonts, fills, borders, ..., cellXfs). */
  render(): string {
    let xml = this.xml;
    if (this.newFormats.length > 0) {
      const found = elementsOf(xml, this.p, 'numFmts')[0];
      const q = `${this.p}numFmts`;
      const all = [...(found ? elementsOf(found.xml, this.p, 'numFmt').map((e) => e.xml) : []), ...this.newFormats];
      const block = `<${q} count="${all.length}">${all.join('')}</${q}>`;
      if (found) xml = `${xml.slice(0, found.start)}${block}${xml.slice(found.end)}`;
      else {
        const root = /<[\w:.-]*styleSheet\b[^>]*>/.exec(xml)!;
        xml = `${xml.slice(0, root.index + root[0].length)}${block}${xml.slice(root.index + root[0].length)}`;
      }
    }
    xml = this.fonts.render(xml, `</${this.p}numFmts>`);
    xml = this.fills.render(xml, `</${this.p}fonts>`);
    xml = this.borders.render(xml, `</${this.p}fills>`);
    xml = this.xfs.render(xml, `</${this.p}cellStyleXfs>`);
    return xml;
  }
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 8 ? h : `FF${h}`;
}


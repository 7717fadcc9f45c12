const TEXT_SPECIAL = /[&<>]/g;
const ATTR_SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text escaped for an XML element.
 * @example escapeText('A & B') // 'A &amp; B'
 */
export function escapeText(text: string): string {
  return text.replace(TEXT_SPECIAL, (ch) => ENTITY[ch]);
}

/**
 * Text escaped for a double-quoted XML attribute.
 * @example escapeAttr('say "hi"') // 'say &quot;hi&quot;'
 */
export function escapeAttr(text: string): string {
  return text.replace(ATTR_SPECIAL, (ch) => ENTITY[ch]);
}

/**
 * XML text with its entities and character references decoded.
 * @example decodeXml('A &amp; B &#38; C') // 'A & B & C'
 */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

/**
 * The attributes of one start tag, decoded, by their qualified names.
 * @example attributesOf('<sheet name="Staff" sheetId="1" r:id="rId1"/>') // { name: 'Staff', sheetId: '1', 'r:id': 'rId1' }
 */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const head = tag.slice(0, tag.indexOf('>') + 1 || tag.length);
  for (let m = re.exec(head); m; m = re.exec(head)) out[m[1]] = decodeXml(m[3] ?? m[4] ?? '');
  return out;
}

/**
 * A start tag with one attribute set (replaced where present, else added before the tag's end).
 * @example setAttribute('<workbookView activeTab="0"/>', 'activeTab', '3') // '<workbookView activeTab="3"/>'
 */
export function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeAttr(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeAttr(value)}"$1`);
}

/**
 * Every element named `name` (with the given namespace prefix, e.g. 'x:' or ''), self-closed or not, with where it is.
 * Elements of that name must not nest (true of the package parts read here).
 * @example elementsOf('<sheets><sheet name="A"/></sheets>', '', 'sheet')[0].xml // '<sheet name="A"/>'
 */
export function elementsOf(xml: string, prefix: string, name: string): { xml: string; start: number; end: number }[] {
  const q = `${prefix}${name}`.replace(/[.:]/g, '\\$&');
  const re = new RegExp(`<${q}(?=[\\s/>])(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${q}\\s*>)`, 'g');
  const out: { xml: string; start: number; end: number }[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push({ xml: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The namespace prefix (with its colon, or '') that a part binds to `namespace`.
 * @example prefixOf('<x:workbook xmlns:x="http://...main">', 'http://...main') // 'x:'
 */
export function prefixOf(xml: string, namespace: string): string {
  const esc = namespace.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const m = new RegExp(`xmlns(?::([\\w.-]+))?\\s*=\\s*["']${esc}["']`).exec(xml);
  return m?.[1] ? `${m[1]}:` : '';
}

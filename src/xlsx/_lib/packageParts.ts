import * as path from 'path';
import * as zlib from 'zlib';
import { entryData, zipEntries, type ZipEntry } from './zipEntries';
import { attributesOf, elementsOf } from './xmlText';

/** One relationship of a part, its target resolved to a part name in the zip (no leading slash). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The part it points at, or null for an external target (a link to another file or a web address). */
  part: string | null;
}

/**
 * An .xlsx/.xlsm package as a zip read in place: parts are inflated only when asked for, copies keep their bytes.
 * @example const pkg = new PackageParts(bytes); pkg.text('xl/workbook.xml')
 */
export class PackageParts {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();

  constructor(readonly bytes: Buffer) {
    this.entries = zipEntries(bytes);
    for (const e of this.entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** The entry of a part name (OPC names are case-insensitive). */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  /** A part's bytes, inflated (null when the package has no such part). */
  data(name: string): Buffer | null {
    const e = this.entry(name);
    if (!e) return null;
    const raw = entryData(this.bytes, e);
    return e.method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw);
  }

  /** The start of a part's text, inflating no more than about `bytes` of it. */
  head(name: string, bytes: number): string {
    const e = this.entry(name);
    if (!e) return '';
    const raw = entryData(this.bytes, e);
    if (e.method === 0) return raw.subarray(0, bytes).toString('utf8');
    return zlib.inflateRawSync(raw.subarray(0, Math.min(raw.length, bytes)), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
  }

  /** A part's text (UTF-8), or null. */
  text(name: string): string | null {
    const data = this.data(name);
    if (!data) return null;
    return data.toString('utf8').replace(/^\uFEFF/, '');
  }

  /**
   * The relationships of a part, from its .rels part beside it.
   * @example pkg.relationships('xl/workbook.xml').find((r) => r.type.endsWith('/styles'))?.part // 'xl/styles.xml'
   */
  relationships(part: string): Relationship[] {
    const xml = this.text(relsPathOf(part));
    if (!xml) return [];
    return elementsOf(xml, prefixOfRels(xml), 'Relationship').map((e) => {
      const a = attributesOf(e.xml);
      const external = a.TargetMode === 'External';
      return { id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', part: external ? null : resolvePart(part, a.Target ?? '') };
    });
  }
}

function prefixOfRels(xml: string): string {
  const m = /<([\w.-]+:)?Relationships\b/.exec(xml);
  return m?.[1] ?? '';
}

/**
 * The .rels part that holds a part's relationships.
 * @example relsPathOf('xl/worksheets/sheet1.xml') // 'xl/worksheets/_rels/sheet1.xml.rels'
 */
export function relsPathOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/**
 * A relationship's target as a part name, relative to the part that holds it (or absolute from the package root).
 * @example resolvePart('xl/workbook.xml', 'worksheets/sheet1.xml') // 'xl/worksheets/sheet1.xml'
 */
export function resolvePart(from: string, target: string): string {
  const t = decodeURIComponent(target.replace(/\\/g, '/'));
  if (t.startsWith('/')) return path.posix.normalize(t).slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), t)).replace(/^\.\//, '');
}

/**
 * A target for a relationship from `from` to the part `to`, relative as Excel writes them.
 * @example relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet9.xml') // 'worksheets/sheet9.xml'
 */
export function relativeTarget(from: string, to: string): string {
  return path.posix.relative(path.posix.dirname(from), to);
}

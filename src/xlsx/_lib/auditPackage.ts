import type { RawSheet } from '../../core/cells/rawWorkbook';
import type { OutputSheet } from '../../core/sheets/outputSheet';
import { META_SHEET, ownershipRows, type OwnershipRecord } from '../../core/sheets/ownershipRecord';
import { planOutputSheets, type SheetPlan } from '../../core/sheets/planOutputSheets';
import { appendedHistory } from './appendedHistory';
import { chartXml, drawingRelsXml, drawingXml, REL_DRAWING, TYPE_CHART, TYPE_DRAWING } from './chartParts';
import { PackageParts, relativeTarget, relsPathOf } from './packageParts';
import { chartsShown, plainSheetXml, sheetXml, type SheetNames } from './sheetXml';
import { SharedStrings } from './sharedStrings';
import { StyleBook } from './styleBook';
import { valueAtOf } from './valueAt';
import { attributesOf, elementsOf, escapeAttr, escapeText, prefixOf, setAttribute } from './xmlText';
import { ZipWriter } from './zipWriter';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_DOC = `${NS_R}/officeDocument`;
const REL_SHEET = `${NS_R}/worksheet`;
const REL_STYLES = `${NS_R}/styles`;
const TYPE_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TYPE_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const TYPE_STRINGS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const REL_STRINGS = `${NS_R}/sharedStrings`;
const TYPE_RELS = 'application/vnd.openxmlformats-package.relationships+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Defined names Excel keeps per sheet for its print titles, print area and filter; ours are rewritten with our sheets. */
const SHEET_NAMES = ['_xlnm.Print_Titles', '_xlnm.Print_Area', '_xlnm._FilterDatabase'];

/** What happened to one output sheet. */
export interface WrittenSheet {
  output: string;
  target: string;
  rows: number;
  renamed: boolean;
  action: SheetPlan['action'];
}

/** A sheet of the workbook part, as listed in its <sheets>. */
interface BookSheet {
  name: string;
  /** The <sheet> element as the input has it (kept as it is, but for the record sheet's state). */
  element: string;
  sheetId: number;
  part: string | null;
  /** The sheet the audit writes here, or null for a sheet copied as it is. */
  write: { sheet: OutputSheet | 'record'; active: boolean } | null;
  /** Its place in the input's list, or -1 when new. */
  was: number;
}

export interface AuditPackageInput {
  /** The record read from the input's very hidden sheet. */
  meta: OwnershipRecord;
  /** The input's sheets as read (for Audit History's earlier rows). */
  sheets: readonly RawSheet[];
  /** Settings to remember in the record, merged over those already saved. */
  saved?: Record<string, string>;
}

const lower = (s: string) => s.toLowerCase();

function nextNumber(parts: Iterable<string>, pattern: RegExp): () => number {
  let n = 0;
  for (const p of parts) {
    const m = pattern.exec(p);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return () => ++n;
}

/**
 * Writes a copy of an .xlsx/.xlsm package with the audit's sheets added or replaced. Every part the audit does not own is
 * copied byte for byte (compressed data and all); the audit changes only the workbook part (its sheet list, defined names
 * for its own sheets' print setup, the tab it opens on), the workbook's relationships, the content types, the styles part
 * (its formats appended), the shared strings (its text appended), a user's sheet that was the selected tab when the
 * copy opens on the Audit Summary, and its own
 * sheets, drawings and charts. SPEC 9.4.
 * @example await writeAuditPackage(bytes, 'out.tmp', sheets, { meta, sheets: raw.sheets })
 */
export async function writeAuditPackage(
  bytes: Buffer, file: string, sheets: readonly OutputSheet[], input: AuditPackageInput,
): Promise<WrittenSheet[]> {
  const pkg = new PackageParts(bytes);
  const bookPath = pkg.relationships('').find((r) => r.type === REL_DOC)?.part ?? 'xl/workbook.xml';
  const bookXml = pkg.text(bookPath);
  if (bookXml === null) throw new Error(`package without its workbook part (${bookPath})`);
  const p = prefixOf(bookXml, NS_MAIN);
  const rp = prefixOf(bookXml, NS_R) || 'r:';
  const bookRels = pkg.relationships(bookPath);
  const partOfRel = new Map(bookRels.map((r) => [r.id, r.part]));
  const inputSheets: BookSheet[] = elementsOf(bookXml, p, 'sheet').map((e, i) => {
    const a = attributesOf(e.xml);
    return { name: a.name ?? '', element: e.xml, sheetId: Number(a.sheetId) || 0, part: partOfRel.get(a[`${rp}id`] ?? '') ?? null, write: null, was: i };
  });
  const partNames = pkg.entries.map((e) => e.name);
  const sheetNumber = nextNumber(partNames, /^xl\/worksheets\/sheet(\d+)\.xml$/i);
  const drawingNumber = nextNumber(partNames, /^xl\/drawings\/drawing(\d+)\.xml$/i);
  const chartNumber = nextNumber(partNames, /^xl\/charts\/chart(\d+)\.xml$/i);
  let sheetId = Math.max(0, ...inputSheets.map((s) => s.sheetId));
  const relNumber = nextNumber(bookRels.map((r) => r.id), /^rId(\d+)$/);
  const newRels: string[] = [];
  const newSheet = (name: string, state?: string): BookSheet => {
    const part = `xl/worksheets/sheet${sheetNumber()}.xml`;
    const id = `rId${relNumber()}`;
    newRels.push(`<Relationship Id="${id}" Type="${REL_SHEET}" Target="${escapeAttr(relativeTarget(bookPath, part))}"/>`);
    const element = `<${p}sheet name="${escapeAttr(name)}" sheetId="${++sheetId}"${state ? ` state="${state}"` : ''} ${rp}id="${id}"/>`;
    return { name, element, sheetId, part, write: null, was: -1 };
  };

  // Where each output goes (the same plan as the add-in's): a user's sheet is never a target.
  const metaSheet = inputSheets.find((s) => s.name === META_SHEET);
  const existing = inputSheets.filter((s) => s !== metaSheet).map((s) => s.name);
  const appendOnly = new Set(sheets.filter((s) => s.append).map((s) => s.name));
  const plans = planOutputSheets(existing, input.meta.owned, sheets.map((s) => s.name), appendOnly);
  const byName = (name: string) => inputSheets.find((s) => lower(s.name) === lower(name));
  const summaryTarget = plans.find((pl) => pl.output === 'Audit Summary')?.target;
  const order = inputSheets.filter((s) => s !== metaSheet);
  const written: WrittenSheet[] = [];
  plans.forEach((plan, i) => {
    let sheet = sheets[i];
    if (plan.action === 'append') sheet = appendedHistory(input.sheets.find((s) => lower(s.name) === lower(plan.target)), sheet);
    let at = plan.action === 'create' ? undefined : byName(plan.target);
    if (!at || !at.part) {
      at = newSheet(plan.target);
      order.push(at);
    }
    at.write = { sheet, active: plan.target === summaryTarget };
    written.push({ ...plan, rows: sheets[i].rows.length });
  });
  const present = new Set(inputSheets.map((s) => lower(s.name)));
  const targets = new Set(written.map((w) => lower(w.target)));
  // Forget sheets the user has deleted, so a sheet they later create with that name is never taken for ours.
  const owned = [...input.meta.owned.filter((n) => present.has(lower(n)) && !targets.has(lower(n))), ...written.map((w) => w.target)];
  const record: OwnershipRecord = { owned, saved: { ...input.meta.saved, ...input.saved } };
  const meta = metaSheet && metaSheet.part ? { ...metaSheet, element: setAttribute(metaSheet.element.replace(/\s*\/?>[\s\S]*$/, '/>'), 'state', 'veryHidden') } : newSheet(META_SHEET, 'veryHidden');
  meta.write = { sheet: 'record', active: false };
  order.push(meta);

  // Parts of the sheets being replaced that go with them: their relationships, drawings and charts.
  const dropped = new Set<string>();
  for (const s of order) {
    if (!s.write || s.was < 0 || !s.part) continue;
    dropped.add(lower(relsPathOf(s.part)));
    for (const rel of pkg.relationships(s.part)) {
      if (rel.type !== REL_DRAWING || !rel.part) continue;
      dropped.add(lower(rel.part));
      dropped.add(lower(relsPathOf(rel.part)));
      for (const chart of pkg.relationships(rel.part)) {
        if (!chart.part || !chart.type.endsWith('/chart')) continue;
        dropped.add(lower(chart.part));
        dropped.add(lower(relsPathOf(chart.part)));
      }
    }
  }
  // A user's sheet selected as a tab would be grouped with the Audit Summary: the copy opens on the summary alone.
  const unselect = new Set<string>();
  if (summaryTarget) {
    for (const s of order) if (!s.write && s.part && /<[\w:]*sheetView\b[^>]*\btabSelected\s*=\s*["'](1|true)["']/.test(viewsOf(pkg.head(s.part, 64 * 1024)))) unselect.add(lower(s.part));
  }

  // The drawings and charts of the sheets written now.
  const newParts: { part: string; type: string }[] = [];
  const drawings = new Map<BookSheet, { drawing: string; charts: string[] }>();
  for (const s of order) {
    if (!s.write || s.write.sheet === 'record' || !s.part) continue;
    const shown = chartsShown(s.write.sheet);
    if (shown.length === 0) continue;
    const drawing = `xl/drawings/drawing${drawingNumber()}.xml`;
    const charts = shown.map(() => `xl/charts/chart${chartNumber()}.xml`);
    drawings.set(s, { drawing, charts });
    newParts.push({ part: drawing, type: TYPE_DRAWING }, ...charts.map((c) => ({ part: c, type: TYPE_CHART })));
  }
  for (const s of order) if (s.was < 0 && s.part) newParts.push({ part: s.part, type: TYPE_SHEET });

  const stylesPath = bookRels.find((r) => r.type === REL_STYLES)?.part ?? null;
  const styles = new StyleBook(stylesPath ? pkg.text(stylesPath) : null);
  const stylesPart = stylesPath ?? 'xl/styles.xml';
  if (!stylesPath) {
    newParts.push({ part: stylesPart, type: TYPE_STYLES });
    newRels.push(`<Relationship Id="rId${relNumber()}" Type="${REL_STYLES}" Target="${escapeAttr(relativeTarget(bookPath, stylesPart))}"/>`);
  }

  const stringsPath = bookRels.find((r) => r.type === REL_STRINGS)?.part ?? null;
  const strings = new SharedStrings(stringsPath ? pkg.text(stringsPath) : null);
  const stringsPart = stringsPath ?? 'xl/sharedStrings.xml';
  if (!stringsPath) {
    newParts.push({ part: stringsPart, type: TYPE_STRINGS });
    newRels.push(`<Relationship Id="rId${relNumber()}" Type="${REL_STRINGS}" Target="${escapeAttr(relativeTarget(bookPath, stringsPart))}"/>`);
  }

  const zip = new ZipWriter(file);
  try {
    const typesXml = pkg.text('[Content_Types].xml');
    if (typesXml === null) throw new Error('package without [Content_Types].xml');
    await zip.text('[Content_Types].xml', contentTypes(typesXml, dropped, newParts));
    const own = new Set(order.filter((s) => s.write && s.part).map((s) => lower(s.part!)));
    const deferred = new Set([lower(bookPath), lower(relsPathOf(bookPath)), lower(stylesPart), lower(stringsPart), '[content_types].xml']);
    for (const e of pkg.entries) {
      const name = lower(e.name);
      if (deferred.has(name) || dropped.has(name) || own.has(name)) continue;
      if (unselect.has(name)) {
        zip.begin(e.name);
        await zip.addBytes(withoutTabSelected(pkg.data(e.name)!));
        await zip.end();
      } else zip.copy(bytes, e);
    }
    const definedNames = new Map<BookSheet, SheetNames>();
    for (const s of order) {
      if (!s.write || !s.part) continue;
      const w = s.write;
      if (w.sheet === 'record') {
        await zip.text(s.part, plainSheetXml(ownershipRows(record)));
        continue;
      }
      const sheet = w.sheet;
      const d = drawings.get(s);
      zip.begin(s.part);
      const parts = sheetXml(sheet, s.name, styles, strings, {
        active: w.active, targetOf: (o) => written.find((x) => x.output === o)?.target ?? o, drawingRel: d ? 'rId1' : undefined,
      });
      let part = parts.next();
      for (; !part.done; part = parts.next()) await zip.add(part.value);
      definedNames.set(s, part.value);
      await zip.end();
      if (!d) continue;
      await zip.text(relsPathOf(s.part), relsXml([`<Relationship Id="rId1" Type="${REL_DRAWING}" Target="${escapeAttr(relativeTarget(s.part, d.drawing))}"/>`]));
      const shown = chartsShown(sheet);
      const valueAt = valueAtOf(sheet);
      for (const [k, c] of d.charts.entries()) await zip.text(c, chartXml(shown[k], s.name, valueAt));
      await zip.text(d.drawing, drawingXml(shown));
      await zip.text(relsPathOf(d.drawing), drawingRelsXml(d.charts.map((c) => Number(/(\d+)\.xml$/.exec(c)![1]))));
    }
    await zip.text(stylesPart, styles.render());
    // Shared strings the audit added nothing to are copied as they were.
    const stringsEntry = stringsPath ? pkg.entry(stringsPath) : undefined;
    if (stringsEntry && !strings.changed) zip.copy(bytes, stringsEntry);
    else await zip.text(stringsPart, strings.render());
    const relsText = pkg.text(relsPathOf(bookPath)) ?? relsXml([]);
    await zip.text(relsPathOf(bookPath), newRels.length ? relsText.replace(/<\/([\w.-]+:)?Relationships\s*>\s*$/, (end) => `${newRels.join('')}${end}`) : relsText);
    await zip.text(bookPath, workbookXml(bookXml, p, order, definedNames, summaryTarget));
    zip.finish();
  } catch (err) {
    zip.close();
    throw err;
  }
  return written;
}

function relsXml(rels: readonly string[]): string {
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

/** The <sheetViews> of a worksheet's head (the part before its cells). */
function viewsOf(head: string): string {
  const end = head.search(/<([\w.-]+:)?sheetData\b/);
  return end < 0 ? head : head.slice(0, end);
}

/** A user's worksheet part with its tab-selected mark taken off; every other byte stays as it was. */
function withoutTabSelected(data: Buffer): Buffer {
  const end = data.indexOf('sheetData');
  const cut = end < 0 ? data.length : end;
  const head = data.subarray(0, cut).toString('utf8');
  const changed = head.replace(/(<[\w:]*sheetView\b[^>]*?)\s+tabSelected\s*=\s*["'](?:1|true)["']/g, '$1');
  return Buffer.concat([Buffer.from(changed, 'utf8'), data.subarray(cut)]);
}

/** [Content_Types].xml less the parts dropped, with the new parts' overrides. */
function contentTypes(xml: string, dropped: ReadonlySet<string>, added: readonly { part: string; type: string }[]): string {
  const p = /<([\w.-]+:)?Types\b/.exec(xml)?.[1] ?? '';
  let out = xml;
  for (const e of elementsOf(xml, p, 'Override').reverse()) {
    const name = (attributesOf(e.xml).PartName ?? '').replace(/^\//, '').toLowerCase();
    if (dropped.has(name)) out = out.slice(0, e.start) + out.slice(e.end);
  }
  const has = (ext: string) => elementsOf(out, p, 'Default').some((e) => lower(attributesOf(e.xml).Extension ?? '') === ext);
  const defaults = [
    ...(has('rels') ? [] : [`<${p}Default Extension="rels" ContentType="${TYPE_RELS}"/>`]),
    ...(has('xml') ? [] : [`<${p}Default Extension="xml" ContentType="application/xml"/>`]),
  ];
  const overrides = added.map((a) => `<${p}Override PartName="/${escapeAttr(a.part)}" ContentType="${a.type}"/>`);
  return out.replace(/<\/([\w.-]+:)?Types\s*>\s*$/, (end) => `${defaults.join('')}${overrides.join('')}${end}`);
}

/**
 * The workbook part with the new sheet list, defined names renumbered to the sheets' new places (and the audit's own
 * print titles, print area and filter names), and the tab it opens on.
 */
function workbookXml(
  xml: string, p: string, order: readonly BookSheet[], names: ReadonlyMap<BookSheet, SheetNames>, active: string | undefined,
): string {
  const newIndex = new Map<number, number>();
  order.forEach((s, i) => {
    if (s.was >= 0) newIndex.set(s.was, i);
  });
  const rewritten = new Set(order.filter((s) => s.write).map((s) => s.was).filter((i) => i >= 0));
  const sheetsBlock = elementsOf(xml, p, 'sheets')[0];
  let out = `${xml.slice(0, sheetsBlock.start)}<${p}sheets>${order.map((s) => s.element).join('')}</${p}sheets>${xml.slice(sheetsBlock.end)}`;

  // Defined names: the user's kept (a sheet-scoped one follows its sheet), ours for the sheets written now.
  const kept: string[] = [];
  const block = elementsOf(out, p, 'definedNames')[0];
  for (const e of block ? elementsOf(block.xml, p, 'definedName') : []) {
    const a = attributesOf(e.xml);
    if (a.localSheetId === undefined) {
      kept.push(e.xml);
      continue;
    }
    const was = Number(a.localSheetId);
    if (rewritten.has(was) && SHEET_NAMES.includes(a.name ?? '')) continue;
    const now = newIndex.get(was);
    kept.push(now === undefined || now === was ? e.xml : e.xml.replace(/^<[^>]*>/, (tag) => setAttribute(tag, 'localSheetId', String(now))));
  }
  order.forEach((s, i) => {
    const n = names.get(s);
    if (!n) return;
    const dn = (name: string, value: string | undefined, hidden = false) =>
      value ? kept.push(`<${p}definedName name="${name}" localSheetId="${i}"${hidden ? ' hidden="1"' : ''}>${escapeText(value).replace(/'/g, '&apos;')}</${p}definedName>`) : undefined;
    dn('_xlnm._FilterDatabase', n.filter, true);
    dn('_xlnm.Print_Area', n.printArea);
    dn('_xlnm.Print_Titles', n.printTitles);
  });
  const namesXml = kept.length > 0 ? `<${p}definedNames>${kept.join('')}</${p}definedNames>` : '';
  const current = elementsOf(out, p, 'definedNames')[0];
  if (current) out = out.slice(0, current.start) + namesXml + out.slice(current.end);
  else if (namesXml) {
    const after = elementsOf(out, p, 'externalReferences')[0] ?? elementsOf(out, p, 'functionGroups')[0] ?? elementsOf(out, p, 'sheets')[0];
    out = out.slice(0, after.end) + namesXml + out.slice(after.end);
  }

  // The tab it opens on: the Audit Summary when written, else the same sheet as before.
  const activeIndex = active !== undefined ? order.findIndex((s) => lower(s.name) === lower(active)) : -1;
  const view = elementsOf(out, p, 'workbookView')[0];
  if (view) {
    const tag = /^<[^>]*>/.exec(view.xml)![0];
    const a = attributesOf(tag);
    let next = tag;
    const before = Number(a.activeTab ?? 0);
    const tab = activeIndex >= 0 ? activeIndex : newIndex.get(before) ?? before;
    if (tab !== before || a.activeTab !== undefined) next = setAttribute(next, 'activeTab', String(tab));
    if (a.firstSheet !== undefined && Number(a.firstSheet) > tab) next = setAttribute(next, 'firstSheet', String(tab));
    if (next !== tag) out = out.slice(0, view.start) + next + out.slice(view.start + tag.length);
  } else if (activeIndex > 0) {
    const at = elementsOf(out, p, 'sheets')[0].start;
    out = `${out.slice(0, at)}<${p}bookViews><${p}workbookView activeTab="${activeIndex}"/></${p}bookViews>${out.slice(at)}`;
  }
  return out;
}

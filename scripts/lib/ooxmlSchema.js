// Validates the parts of an .xlsx package against the ECMA-376 Transitional XML schemas (Part 4) and the Open Packaging
// Conventions schemas (Part 2), kept unmodified in scripts/schemas/ecma-376/ (see its README.md for where they come
// from). xmllint comes from Debian's libxml2-utils (.ci/run installs it). Offline: the schemas import each other by
// local file name and xmllint runs with --nonet.
//
// Before validating, a part is read as ECMA-376 Part 3 (Markup Compatibility) tells a consumer that knows only these
// schemas to read it: elements and attributes of namespaces the part declares mc:Ignorable are left out, the first
// mc:AlternateContent branch it can use is taken, and the mc: attributes themselves go. Excel and exceljs write
// x14ac:dyDescent and the like under mc:Ignorable; without this step every Excel-shaped part would be refused. An
// attribute or element of an unknown namespace that is NOT declared ignorable is kept, and the schema refuses it.
// xml:space="preserve"|"default" is left out too: XML 1.0 (section 2.10) gives it to every element and Part 1's own
// examples put it on <t> (18.4.12), but sml.xsd declares <t> as a plain string type.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { loadSax } = require('./parseXml');

const SCHEMA_DIR = path.join(__dirname, '..', 'schemas', 'ecma-376');

const NS = {
  sml: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

/** The namespaces the kept schemas define: a part may use these, and Markup Compatibility never drops them. */
const UNDERSTOOD = new Set([
  NS.sml, NS.xdr, NS.c, NS.rels, NS.types, NS.xml,
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing',
  'http://schemas.openxmlformats.org/drawingml/2006/diagram',
  'http://schemas.openxmlformats.org/drawingml/2006/picture',
  'http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas',
]);

const SML_ROOTS = {
  'sheet.main+xml': 'workbook', 'template.main+xml': 'workbook', 'worksheet+xml': 'worksheet', 'chartsheet+xml': 'chartsheet',
  'dialogsheet+xml': 'dialogsheet', 'styles+xml': 'styleSheet', 'sharedStrings+xml': 'sst', 'table+xml': 'table',
  'comments+xml': 'comments', 'calcChain+xml': 'calcChain', 'externalLink+xml': 'externalLink',
  'pivotTable+xml': 'pivotTableDefinition', 'pivotCacheDefinition+xml': 'pivotCacheDefinition',
  'pivotCacheRecords+xml': 'pivotCacheRecords', 'sheetMetadata+xml': 'metadata', 'connections+xml': 'connections',
  'queryTable+xml': 'queryTable', 'tableSingleCells+xml': 'singleXmlCells', 'volatileDependencies+xml': 'volTypes',
};

/**
 * The schema file and root element ({namespace}name) a part must have, by its content type; null when no kept schema
 * covers it. '[Content_Types].xml' has no content type of its own: pass its name.
 * @example schemaOf('application/vnd.openxmlformats-officedocument.drawingml.chart+xml').schema // 'dml-chart.xsd'
 */
function schemaOf(contentType) {
  if (contentType === '[Content_Types].xml') return { schema: 'opc-contentTypes.xsd', root: `{${NS.types}}Types` };
  if (contentType === 'application/vnd.openxmlformats-package.relationships+xml') return { schema: 'opc-relationships.xsd', root: `{${NS.rels}}Relationships` };
  if (contentType === 'application/vnd.openxmlformats-officedocument.drawing+xml') return { schema: 'dml-spreadsheetDrawing.xsd', root: `{${NS.xdr}}wsDr` };
  if (contentType === 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml') return { schema: 'dml-chart.xsd', root: `{${NS.c}}chartSpace` };
  if (/^application\/vnd\.ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/.test(contentType)) return { schema: 'sml.xsd', root: `{${NS.sml}}workbook` };
  const sml = /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.(.+)$/.exec(contentType);
  if (sml && SML_ROOTS[sml[1]]) return { schema: 'sml.xsd', root: `{${NS.sml}}${SML_ROOTS[sml[1]]}` };
  return null;
}

/**
 * The content type of each part name, from the package's [Content_Types].xml (an Override by part name, else the
 * Default for its extension; matched without regard to case, as Part 2 says).
 * @example contentTypeOf(typesXml)('xl/workbook.xml') // 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'
 */
function contentTypeOf(typesXml) {
  const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const overrides = new Map();
  const defaults = new Map();
  for (const m of typesXml.matchAll(/<(?:\w+:)?(Override|Default)\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (m[1] === 'Override') overrides.set(String(a.PartName).replace(/^\//, '').toLowerCase(), a.ContentType);
    else defaults.set(String(a.Extension).toLowerCase(), a.ContentType);
  }
  return (name) => (name === '[Content_Types].xml' ? name : overrides.get(name.toLowerCase()) ?? defaults.get(name.replace(/^.*\./, '').toLowerCase()) ?? null);
}

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

/**
 * A part's XML as a consumer that understands only the kept schemas' namespaces reads it under ECMA-376 Part 3
 * (Markup Compatibility), with xml:space left out; { xml, errors } (errors: a namespace it must understand but cannot).
 * @example markupCompatible('<a xmlns:mc="..." xmlns:x="urn:x" mc:Ignorable="x" x:b="1"/>').xml // '<a xmlns:mc="..." xmlns:x="urn:x"/>'
 */
function markupCompatible(text) {
  const sax = loadSax();
  const parser = sax.parser(true, { xmlns: true, trim: false });
  const out = [];
  const errors = [];
  // One frame per open element: what is ignorable in it, whether it is written, and (for AlternateContent) if a branch was taken.
  const stack = [{ ignorable: new Set(), processContent: new Set(), keep: true, wrote: true }];
  let skipDepth = 0;
  const uriOf = (tag, prefix) => tag.ns[prefix];
  parser.onerror = (e) => {
    errors.push(e.message.split('\n')[0]);
    parser.error = null;
  };
  parser.onprocessinginstruction = (pi) => {
    if (skipDepth === 0 && pi.name !== 'xml') out.push(`<?${pi.name} ${pi.body}?>`);
  };
  parser.onopentag = (tag) => {
    const parent = stack[stack.length - 1];
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    const ignorable = new Set(parent.ignorable);
    const processContent = new Set(parent.processContent);
    const mcAttr = (local) => Object.values(tag.attributes).find((a) => a.uri === NS.mc && a.local === local);
    for (const prefix of (mcAttr('Ignorable')?.value ?? '').split(/\s+/).filter(Boolean)) ignorable.add(uriOf(tag, prefix));
    for (const name of (mcAttr('ProcessContent')?.value ?? '').split(/\s+/).filter(Boolean)) {
      const [prefix, local] = name.split(':');
      processContent.add(`{${uriOf(tag, prefix)}}${local}`);
    }
    for (const prefix of (mcAttr('MustUnderstand')?.value ?? '').split(/\s+/).filter(Boolean)) {
      if (!UNDERSTOOD.has(uriOf(tag, prefix))) errors.push(`mc:MustUnderstand names ${uriOf(tag, prefix)}, which these schemas do not define`);
    }
    const frame = { ignorable, processContent, keep: true, wrote: false };
    if (tag.uri === NS.mc && tag.local === 'AlternateContent') {
      frame.keep = false;
      frame.alternate = { taken: false };
    } else if (tag.uri === NS.mc && (tag.local === 'Choice' || tag.local === 'Fallback')) {
      const alt = parent.alternate;
      const requires = tag.local === 'Choice' ? (tag.attributes.Requires?.value ?? '').split(/\s+/).filter(Boolean) : [];
      const usable = alt && !alt.taken && requires.every((p) => UNDERSTOOD.has(uriOf(tag, p)));
      if (!usable) {
        skipDepth = 1;
        stack.push(frame);
        return;
      }
      alt.taken = true;
      frame.keep = false;
    } else if (!UNDERSTOOD.has(tag.uri) && ignorable.has(tag.uri)) {
      if (!processContent.has(`{${tag.uri}}${tag.local}`)) {
        skipDepth = 1;
        stack.push(frame);
        return;
      }
      frame.keep = false;
    }
    stack.push(frame);
    if (!frame.keep) return;
    const kept = Object.values(tag.attributes).filter((a) => {
      if (a.uri === NS.mc) return false;
      if (a.uri === NS.xml && a.local === 'space') return !/^(preserve|default)$/.test(a.value);
      if (a.prefix === 'xmlns' || a.name === 'xmlns' || a.uri === '' || UNDERSTOOD.has(a.uri)) return true;
      return !ignorable.has(a.uri);
    });
    out.push(`<${tag.name}${kept.map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('')}>`);
    frame.wrote = true;
  };
  parser.onclosetag = (name) => {
    // Inside a left-out element only depth is counted; its own frame goes when it closes.
    if (skipDepth > 1) {
      skipDepth--;
      return;
    }
    const frame = stack.pop();
    if (skipDepth === 1) {
      skipDepth = 0;
      return;
    }
    if (frame.wrote) out.push(`</${name}>`);
  };
  parser.ontext = (t) => {
    if (skipDepth === 0) out.push(escapeText(t));
  };
  parser.oncdata = parser.ontext;
  try {
    parser.write(text).close();
  } catch (e) {
    errors.push(e.message.split('\n')[0]);
  }
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${out.join('')}`, errors };
}

/** The root element of XML text as {namespace}name, or null when it cannot be read. */
function rootOf(text) {
  const sax = loadSax();
  const parser = sax.parser(true, { xmlns: true });
  let root = null;
  parser.onopentag = (tag) => {
    if (root === null) root = `{${tag.uri}}${tag.local}`;
  };
  parser.onerror = () => {
    parser.error = null;
  };
  try {
    parser.write(text).close();
  } catch {
    /* the schema run reports what is wrong with the XML */
  }
  return root;
}

/** True when xmllint can be run. */
function hasXmllint() {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

/**
 * Validates parts, each { name, contentType, xml }, against the schema for its content type (one xmllint run per
 * schema); a Map from part name to { ok, schema, errors } with xmllint's messages (file names left out). A part no kept
 * schema covers is not ok, saying so.
 * @example validateParts([{ name: 'xl/styles.xml', contentType: TYPE_STYLES, xml }]).get('xl/styles.xml').ok // true
 */
function validateParts(parts) {
  if (!hasXmllint()) throw new Error('xmllint is missing: install libxml2-utils (apt-get install -y libxml2-utils)');
  const results = new Map();
  const bySchema = new Map();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lsa-ooxml-schema-'));
  try {
    parts.forEach((part, i) => {
      const target = schemaOf(part.contentType);
      if (!target) {
        results.set(part.name, { ok: false, schema: null, errors: [`no ECMA-376 schema kept for content type ${part.contentType}`] });
        return;
      }
      const result = { ok: true, schema: target.schema, errors: [] };
      results.set(part.name, result);
      const root = rootOf(part.xml);
      if (root !== target.root) result.errors.push(`root element ${root} where ${target.schema} needs ${target.root}`);
      const read = markupCompatible(part.xml);
      result.errors.push(...read.errors.map((e) => `markup compatibility: ${e}`));
      const file = path.join(dir, `part${i}.xml`);
      fs.writeFileSync(file, read.xml);
      if (!bySchema.has(target.schema)) bySchema.set(target.schema, []);
      bySchema.get(target.schema).push({ file, result });
    });
    for (const [schema, files] of bySchema) {
      const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMA_DIR, schema), ...files.map((f) => f.file)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.error) throw run.error;
      const lines = (run.stderr || '').split('\n');
      for (const { file, result } of files) {
        const mine = lines.filter((l) => l.startsWith(`${file}:`) || l.startsWith(`${file} `));
        result.errors.push(...mine.filter((l) => !/ validates$/.test(l) && !/ fails to validate$/.test(l)).map((l) => l.split(`${file}:`).join('line ')));
        if (!mine.some((l) => l === `${file} validates`)) result.ok = false;
      }
      if (run.status !== 0 && files.every((f) => f.result.ok)) throw new Error(`xmllint failed on ${schema}: ${run.stderr}`);
    }
    for (const result of results.values()) if (result.errors.length > 0) result.ok = false;
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Validates one part's XML against the schema for its content type; { ok, schema, errors }.
 * @example validatePart(sheetXml, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml').ok
 */
function validatePart(xml, contentType) {
  return validateParts([{ name: 'part', contentType, xml }]).get('part');
}

module.exports = { validateParts, validatePart, schemaOf, contentTypeOf, markupCompatible, hasXmllint, SCHEMA_DIR };

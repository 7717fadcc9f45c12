'use strict';
// Offline check of an add-in-only (XML) manifest: what we can verify without Microsoft's validation service.
const fs = require('fs');
const path = require('path');
const { parseXml, walk } = require('./parseXml');

// ExcelApi 1.9: the lowest set the read-audit-write path needs (getRanges, pageLayout; test/build/requirementSets.test.ts).
const REQUIRED_SETS = { ExcelApi: '1.9', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.1' };
const RESOURCE_KINDS = { 'bt:Images': 'image', 'bt:Urls': 'url', 'bt:ShortStrings': 'short string', 'bt:LongStrings': 'long string' };
// Which resource kind an element's resid must name (Office rejects a Label pointing at a LongString, etc.).
const RESID_KIND = {
  'bt:Image': 'image', SourceLocation: 'url', Runtime: 'url', FunctionFile: 'url', LearnMoreUrl: 'url',
  Label: 'short string', Title: 'short string', Namespace: 'short string', Description: 'long string',
};
const URL_ELEMENTS = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Image', 'bt:Url'];
const MAX_RESID = 32;

const versionAtLeast = (v, min) => {
  const a = String(v).split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
  return true;
};

/** Width and height of a PNG file, or null when it is not a PNG. */
function pngSize(file) {
  const head = fs.readFileSync(file).subarray(0, 24);
  if (head.length < 24 || head.toString('latin1', 1, 4) !== 'PNG' || head.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/**
 * Checks manifest XML text. options.root: folder the base URL maps to (icons are looked up there);
 * options.base: the base every URL must start with (default: the folder of DefaultSettings/SourceLocation);
 * options.requireFiles: also require a file under root for every URL (use on a built dist/).
 * @returns {{ errors: string[], base: string | null, checked: { resids: number, urls: number, icons: number } }}
 */
function checkManifest(xmlText, options = {}) {
  const checked = { resids: 0, urls: 0, icons: 0 };
  const parsed = parseXml(xmlText);
  if (!parsed.root) return { errors: parsed.errors.map((e) => `XML does not parse: ${e}`), base: null, checked };
  const errors = [];
  const nodes = walk(parsed.root);
  const attr = (node, name) => node.attrs[name];
  if (parsed.root.name !== 'OfficeApp' || attr(parsed.root, 'xsi:type') !== 'TaskPaneApp') errors.push('The root element must be <OfficeApp xsi:type="TaskPaneApp">');

  // Resources: id -> { kind, value }
  const resources = new Map();
  for (const { node, parent } of nodes) {
    const kind = parent && RESOURCE_KINDS[parent.name];
    if (!kind || !attr(node, 'id')) continue;
    const id = attr(node, 'id');
    if (resources.has(id)) errors.push(`Resource id "${id}" is defined twice`);
    if (id.length > MAX_RESID) errors.push(`Resource id "${id}" is longer than ${MAX_RESID} characters`);
    resources.set(id, { kind, value: attr(node, 'DefaultValue') });
  }
  for (const { node } of nodes) {
    const resid = attr(node, 'resid');
    if (resid === undefined) continue;
    checked.resids++;
    const found = resources.get(resid);
    const want = RESID_KIND[node.name];
    if (!found) errors.push(`<${node.name} resid="${resid}"> has no Resources entry`);
    else if (want && found.kind !== want) errors.push(`<${node.name} resid="${resid}"> must name a ${want}, not a ${found.kind}`);
  }

  // URLs: https, all under one base.
  const start = nodes.find(({ node, parent }) => node.name === 'SourceLocation' && parent && parent.name === 'DefaultSettings');
  const startUrl = start && attr(start.node, 'DefaultValue');
  const base = options.base || (startUrl ? startUrl.replace(/[^/]*$/, '') : null);
  if (!base) errors.push('No base URL: DefaultSettings/SourceLocation is missing');
  const urls = [];
  for (const { node } of nodes) {
    const value = URL_ELEMENTS.includes(node.name) ? attr(node, 'DefaultValue') : node.name === 'Override' ? attr(node, 'Value') : undefined;
    if (value === undefined || (node.name === 'bt:Image' && !attr(node, 'id'))) continue;
    checked.urls++;
    urls.push(value);
    if (!/^https:\/\/[^/]+/.test(value)) errors.push(`<${node.name}> URL is not https: ${value}`);
    else if (base && !value.startsWith(base)) errors.push(`<${node.name}> URL ${value} is not under the base ${base}`);
  }

  // Requirement sets, declared in the base manifest or in VersionOverrides.
  const sets = new Map();
  for (const { node, parent } of nodes) {
    if ((node.name === 'Set' || node.name === 'bt:Set') && attr(node, 'Name')) {
      sets.set(attr(node, 'Name'), attr(node, 'MinVersion') || (parent && attr(parent, 'DefaultMinVersion')) || '1.1');
    }
  }
  for (const [name, min] of Object.entries(REQUIRED_SETS)) {
    if (!sets.has(name)) errors.push(`Requirement set ${name} ${min} is not declared`);
    else if (!versionAtLeast(sets.get(name), min)) errors.push(`Requirement set ${name} must be at least ${min}, not ${sets.get(name)}`);
  }

  // Shared runtime: one long-lived runtime, and the custom functions page is that runtime's page.
  const runtimes = nodes.filter(({ node }) => node.name === 'Runtime');
  if (runtimes.length !== 1) errors.push(`Expected one <Runtime>, found ${runtimes.length}`);
  for (const { node } of runtimes) if (attr(node, 'lifetime') !== 'long') errors.push('<Runtime> must have lifetime="long" (shared runtime)');
  const page = nodes.find(({ node, parent }) => node.name === 'SourceLocation' && parent && parent.name === 'Page');
  if (runtimes[0] && (!page || attr(page.node, 'resid') !== attr(runtimes[0].node, 'resid'))) errors.push('The CustomFunctions <Page> must load the <Runtime> page');

  // Files behind the URLs: icons at their declared sizes, and (for a build) everything else.
  const fileFor = (url) => (options.root && base && url.startsWith(base) ? path.join(options.root, decodeURI(url.slice(base.length).split(/[?#]/)[0])) : null);
  const icons = [];
  for (const { node } of nodes) {
    if (node.name === 'IconUrl') icons.push([attr(node, 'DefaultValue'), 32]);
    if (node.name === 'HighResolutionIconUrl') icons.push([attr(node, 'DefaultValue'), 64]);
    if (node.name === 'bt:Image' && attr(node, 'size') && resources.has(attr(node, 'resid'))) icons.push([resources.get(attr(node, 'resid')).value, Number(attr(node, 'size'))]);
  }
  for (const [url, size] of new Map(icons.map(([u, s]) => [`${u} ${s}`, [u, s]])).values()) {
    const file = fileFor(url);
    if (!file) continue;
    checked.icons++;
    if (!fs.existsSync(file)) { errors.push(`Icon ${url} (${size}px): no file ${file}`); continue; }
    const dims = pngSize(file);
    if (!dims) errors.push(`Icon ${url} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) errors.push(`Icon ${url} is ${dims.width}x${dims.height}, declared as ${size}x${size}`);
  }
  if (options.requireFiles) {
    for (const url of new Set(urls)) {
      const file = fileFor(url);
      if (file && !fs.existsSync(file)) errors.push(`${url}: no file ${file}`);
    }
  }
  return { errors, base, checked };
}

module.exports = { checkManifest, pngSize, REQUIRED_SETS };

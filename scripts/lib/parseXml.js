'use strict';
// A strict XML parse into a plain tree, on the sax parser that office-addin-manifest already brings
// (via xml2js): no new dependency. sax alone accepts a second root element and repeated attributes,
// so those are checked here.
const path = require('path');

function loadSax() {
  const manifestPkg = path.dirname(require.resolve('office-addin-manifest/package.json'));
  const xml2js = path.dirname(require.resolve('xml2js/package.json', { paths: [manifestPkg] }));
  return require(require.resolve('sax', { paths: [xml2js] }));
}

/**
 * Parses XML text into { name, attrs, children, text } nodes.
 * @returns {{ root: XmlNode | null, errors: string[] }}
 */
function parseXml(text) {
  const sax = loadSax();
  const parser = sax.parser(true, { trim: false, position: true });
  const errors = [];
  const stack = [];
  let root = null;
  const where = () => `line ${parser.line + 1}, column ${parser.column + 1}`;
  parser.onerror = (e) => {
    const message = e.message.split('\n')[0];
    if (!errors.some((m) => m.startsWith(message))) errors.push(`${message} (${where()})`);
    parser.error = null;
  };
  parser.onopentag = (tag) => {
    // sax silently keeps the first of a repeated attribute, so count the names in the raw tag.
    const raw = text.slice(parser.startTagPosition - 1, parser.position).replace(/"[^"]*"|'[^']*'/g, '""');
    const names = [...raw.matchAll(/\s([^\s=/>]+)\s*=/g)].map((m) => m[1]);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) errors.push(`Attribute ${twice} appears twice (${where()})`);
    const node = { name: tag.name, attrs: { ...tag.attributes }, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else if (root) errors.push(`A second root element <${tag.name}> (${where()})`);
    else root = node;
    stack.push(node);
  };
  parser.onclosetag = () => stack.pop();
  parser.ontext = (t) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  };
  parser.oncdata = parser.ontext;
  try {
    parser.write(text).close();
  } catch (e) {
    errors.push(e.message.split('\n')[0]);
  }
  if (!root && errors.length === 0) errors.push('No root element');
  return { root: errors.length === 0 ? root : null, errors };
}

/** Every node of the tree, depth first, each with its parent. */
function walk(node, parent = null, out = []) {
  out.push({ node, parent });
  for (const child of node.children) walk(child, node, out);
  return out;
}

module.exports = { parseXml, walk, loadSax };

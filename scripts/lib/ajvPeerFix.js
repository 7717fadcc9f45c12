'use strict';
// Workaround for the installed dependency tree, loaded by webpack.config.js only.
// With legacy-peer-deps (.npmrc) npm hoisted ajv-keywords@5 next to ajv@6 (eslint's), but ajv-keywords@5
// needs its peer ajv@8, which exists only nested under schema-utils@4. schema-utils (used by webpack,
// copy-webpack-plugin, webpack-dev-server, the minimizer) then fails with
// "Cannot find module 'ajv/dist/compile/codegen'". Until ajv@^8 is a devDependency (or legacy-peer-deps
// goes), requests for ajv made from ajv-keywords resolve to schema-utils' ajv@8. A no-op once the tree is sound.
const Module = require('module');
const path = require('path');

function dirOf(pkg, from) {
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`, from ? { paths: [from] } : undefined));
  } catch {
    return null;
  }
}

function install() {
  const keywords = dirOf('ajv-keywords');
  const schemaUtils = dirOf('schema-utils');
  if (!keywords || !schemaUtils) return false;
  const ajvForKeywords = dirOf('ajv', keywords);
  const ajvForSchemaUtils = dirOf('ajv', schemaUtils);
  const major = (dir) => Number(require(path.join(dir, 'package.json')).version.split('.')[0]);
  if (!ajvForKeywords || !ajvForSchemaUtils || major(ajvForKeywords) >= 8 || major(ajvForSchemaUtils) < 8) return false;
  const original = Module._resolveFilename;
  const prefix = keywords + path.sep;
  Module._resolveFilename = function resolveAjvForKeywords(request, parent, ...rest) {
    if ((request === 'ajv' || request.startsWith('ajv/')) && parent && parent.filename && parent.filename.startsWith(prefix)) {
      return original.call(this, request, { ...parent, paths: [path.dirname(ajvForSchemaUtils)] }, ...rest);
    }
    return original.call(this, request, parent, ...rest);
  };
  return true;
}

module.exports = { installed: install() };

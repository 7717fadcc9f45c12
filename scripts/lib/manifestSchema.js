// Validates an add-in manifest against Microsoft's XML schemas for add-in manifests ([MS-OWEMXML]), kept in
// scripts/schemas/ (see its README.md for where they come from and the small changes made so xmllint loads them).
// xmllint comes from Debian's libxml2-utils (.ci/run installs it). Offline: the schemas are local files.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const SCHEMA = path.join(__dirname, '..', 'schemas', 'OfficeAppManifestV1_1.xsd');

/** True when xmllint can be run. */
function hasXmllint() {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

/**
 * Validates manifest XML text; { ok, errors } with xmllint's messages (file names left out).
 * @example validateManifestSchema(fs.readFileSync('manifest.xml', 'utf8')).ok // true
 */
function validateManifestSchema(xml) {
  if (!hasXmllint()) throw new Error('xmllint is missing: install libxml2-utils (apt-get install -y libxml2-utils)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lsa-manifest-schema-'));
  const file = path.join(dir, 'manifest.xml');
  try {
    fs.writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8' });
    const errors = (run.stderr || '')
      .split('\n')
      .filter((l) => l.trim() && !/ validates$/.test(l) && !/ fails to validate$/.test(l))
      .map((l) => l.split(`${file}:`).join('line '));
    return { ok: run.status === 0, errors };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { validateManifestSchema, hasXmllint, SCHEMA };

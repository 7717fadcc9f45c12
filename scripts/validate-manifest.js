#!/usr/bin/env node
// npm run validate [-- path/to/manifest.xml] [--offline]
// Always runs the offline checks (scripts/lib/manifestCheck.js, and Microsoft's XML schemas with xmllint:
// scripts/lib/manifestSchema.js). Also runs Microsoft's validation service
// (office-addin-manifest validate) when it answers within a short timeout, except in CI (env CI set),
// with --offline, or with LSA_VALIDATE_OFFLINE=1: tests and CI never call Microsoft's services.
'use strict';
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawnSync } = require('child_process');
const { checkManifest } = require('./lib/manifestCheck');
const { validateManifestSchema } = require('./lib/manifestSchema');

const SERVICE_HOST = 'validationgateway.omex.office.net';
const REACH_TIMEOUT_MS = 1500;
const ONLINE_TIMEOUT_MS = 30000;
const projectRoot = path.resolve(__dirname, '..');

/** True when a TCP connection to host:443 opens within the timeout (DNS included). */
function reachable(host, timeoutMs) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: 443, timeout: timeoutMs });
    const done = (ok) => { socket.destroy(); resolve(ok); };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

function runOffline(manifestPath) {
  const isSource = path.resolve(manifestPath) === path.join(projectRoot, 'manifest.xml');
  const result = checkManifest(fs.readFileSync(manifestPath, 'utf8'), { root: path.dirname(path.resolve(manifestPath)), requireFiles: !isSource });
  const { resids, urls, icons } = result.checked;
  if (result.errors.length === 0) {
    console.log(`offline check: passed (${resids} resids, ${urls} URLs under ${result.base}, ${icons} icons${isSource ? '' : ', all files present'})`);
  } else {
    console.error(`offline check: FAILED\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  }
  // Microsoft's XML schemas for add-in manifests (scripts/schemas/), with xmllint.
  const schema = validateManifestSchema(fs.readFileSync(manifestPath, 'utf8'));
  if (schema.ok) console.log('schema check: passed (scripts/schemas/OfficeAppManifestV1_1.xsd)');
  else console.error(`schema check: FAILED\n${schema.errors.map((e) => `  - ${e}`).join('\n')}`);
  return result.errors.length === 0 && schema.ok;
}

async function runOnline(manifestPath, offlineForced) {
  const why = offlineForced ? '--offline / LSA_VALIDATE_OFFLINE' : process.env.CI ? 'CI is set' : null;
  if (why) return console.log(`online validation: skipped (${why})`), true;
  if (!(await reachable(SERVICE_HOST, REACH_TIMEOUT_MS))) return console.log(`online validation: skipped (${SERVICE_HOST} not reachable)`), true;
  console.log(`online validation: office-addin-manifest validate ${manifestPath}`);
  const cli = require.resolve('office-addin-manifest/cli.js');
  const run = spawnSync(process.execPath, [cli, 'validate', manifestPath], { stdio: 'inherit', timeout: ONLINE_TIMEOUT_MS });
  if (run.error || run.status === null) return console.log('online validation: did not finish in time; relying on the offline check'), true;
  return run.status === 0;
}

async function main() {
  const args = process.argv.slice(2);
  const manifestPath = args.find((a) => !a.startsWith('--')) || path.join(projectRoot, 'manifest.xml');
  const offlineForced = args.includes('--offline') || process.env.LSA_VALIDATE_OFFLINE === '1';
  if (!fs.existsSync(manifestPath)) {
    console.error(`validate: no manifest at ${manifestPath}`);
    return 2;
  }
  const offline = runOffline(manifestPath);
  const online = await runOnline(manifestPath, offlineForced);
  return offline && online ? 0 : 1;
}

main().then((code) => { process.exitCode = code; });

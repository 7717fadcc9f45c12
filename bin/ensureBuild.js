'use strict';
// Makes sure build/ holds the compiled command line, rebuilding it with tsc when it is missing or older than src/.
// In an installed package there is no src/: build/ shipped in the tarball is used as it is.
// Run directly (`node bin/ensureBuild.js`, the prepack script) it builds when needed and says what it did.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const MAIN = path.join(BUILD, 'cli', 'main.js');
const STAMP = path.join(BUILD, '.stamp');
const LOCK = path.join(ROOT, '.build.lock');
const TSCONFIG = path.join(ROOT, 'tsconfig.build.json');
// Only what the command line compiles from: a change to the pane does not rebuild it.
const SOURCES = ['src/cli', 'src/core', 'src/xlsx'].map((d) => path.join(ROOT, d));

/** The newest modification time under the sources (a few hundred stat calls: a few milliseconds). */
function newestSource() {
  let newest = fs.statSync(TSCONFIG).mtimeMs;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const dir of SOURCES) walk(dir);
  return newest;
}

function isFresh() {
  if (!fs.existsSync(TSCONFIG)) return fs.existsSync(MAIN); // an installed package: nothing to build from
  try {
    return fs.existsSync(MAIN) && fs.statSync(STAMP).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Holds the build lock while fn runs, so two runs started together (e.g. parallel tests) do not build over each other. */
function withLock(fn) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.closeSync(fs.openSync(LOCK, 'wx'));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      // A lock left by a build that was killed: take it over after two minutes.
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > 120_000) fs.rmSync(LOCK, { force: true });
      } catch {
        /* it went away meanwhile */
      }
      if (Date.now() > deadline) throw new Error('waited too long for another build of the command line (remove .build.lock)');
      sleep(100);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(LOCK, { force: true });
  }
}

/**
 * Builds the command line when build/ is missing or stale; returns 'fresh', 'built', or throws with a one-line message.
 * Type errors do not stop the build (tsc still emits, as the npm scripts did with ts-node): `npm run lint` reports them.
 */
function ensureBuild() {
  if (isFresh()) return 'fresh';
  return withLock(() => {
    if (isFresh()) return 'fresh'; // another run built it while this one waited
    let tsc;
    try {
      tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    } catch {
      throw new Error('the command line is not built and TypeScript is not installed: run npm ci (or npm install) first');
    }
    const started = Date.now();
    const r = spawnSync(process.execPath, [tsc, '-p', TSCONFIG], { cwd: ROOT, encoding: 'utf8' });
    if (!fs.existsSync(MAIN)) {
      const first = `${r.stdout}${r.stderr}`.trim().split('\n')[0] || `tsc exited ${r.status}`;
      throw new Error(`building the command line failed: ${first}`);
    }
    // The stamp carries the build's start time, so a source saved while tsc ran still counts as newer.
    fs.writeFileSync(STAMP, '');
    fs.utimesSync(STAMP, started / 1000, started / 1000);
    return 'built';
  });
}

module.exports = { ensureBuild, MAIN };

if (require.main === module) {
  try {
    const state = ensureBuild();
    // stderr: npm pack --json reads stdout.
    process.stderr.write(state === 'built' ? `built ${path.relative(ROOT, BUILD)}/\n` : `${path.relative(ROOT, BUILD)}/ is up to date\n`);
  } catch (err) {
    process.stderr.write(`lsa-audit: ${err.message}\n`);
    process.exitCode = 1;
  }
}

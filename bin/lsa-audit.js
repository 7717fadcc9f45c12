#!/usr/bin/env node
'use strict';
// Runs the compiled command line (build/); in a source checkout it is built first when missing or older than src/.
const { ensureBuild, MAIN } = require('./ensureBuild');

try {
  ensureBuild();
} catch (err) {
  process.stderr.write(`lsa-audit: ${err.message}\n`);
  process.exit(1);
}
require(MAIN);

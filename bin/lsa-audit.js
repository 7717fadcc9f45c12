#!/usr/bin/env node
// Runs the TypeScript command line directly (transpile only; type checking happens in `npm run lint`).
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
require('../src/cli/main.ts');

#!/usr/bin/env node
'use strict';
// Launcher for the bundled CLI; the bundle itself (dist/cli.js) carries no shebang.
// A checkout installed without lifecycle scripts (npm ci --ignore-scripts) has no dist/ yet:
// build it once here instead of failing, so `npx soc2lint` works on any fresh clone.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  const build = join(__dirname, '..', 'scripts', 'build.mjs');
  if (existsSync(build)) {
    // Build output goes to stderr so a json/sarif report on stdout stays clean.
    require('node:child_process').spawnSync(process.execPath, [build], { stdio: ['ignore', 2, 2] });
  }
  if (!existsSync(bundle)) {
    process.stderr.write('soc2lint: the CLI is not built; run `npm run build` (or `npm ci`) first.\n');
    process.exit(2);
  }
}
require(bundle);

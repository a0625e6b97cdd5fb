#!/usr/bin/env node
'use strict';
// Launcher for the bundled CLI; the bundle itself (dist/cli.js) carries no shebang.
try {
  require.resolve('../dist/cli.js');
} catch {
  process.stderr.write('soc2lint: the CLI is not built; run `npm run build` (or `npm ci`) first.\n');
  process.exit(2);
}
require('../dist/cli.js');

#!/usr/bin/env node
// Bundles the CLI (and, once it exists, the language server) with esbuild.
// Runs from `npm run build` and from the `prepare` script, so `npm ci` leaves a working `soc2lint`.
// Entries whose source does not exist yet are skipped, so the build never fails for a part that
// lands later (the language server).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', required: true },
  { in: 'server/src/lsp/server.ts', out: 'dist/server.js', required: false },
  // The VS Code extension: `vscode` is provided by the extension host at run time.
  { in: 'client/src/extension.ts', out: 'dist/extension.js', required: false, external: ['vscode'] },
];

let esbuild;
try {
  esbuild = await import('esbuild');
} catch (error) {
  // `npm ci --omit=dev` has no esbuild; a published package ships dist/ already.
  if (existsSync(join(root, 'dist/cli.js'))) {
    console.warn('soc2lint build: esbuild is not installed; keeping the existing dist/.');
    process.exit(0);
  }
  console.error(`soc2lint build: esbuild is not installed (${error instanceof Error ? error.message : String(error)}); run npm ci.`);
  process.exit(1);
}

const started = Date.now();
const built = [];
for (const entry of entries) {
  const source = join(root, entry.in);
  if (!existsSync(source)) {
    if (entry.required) {
      console.error(`soc2lint build: missing entry ${entry.in}`);
      process.exit(1);
    }
    continue;
  }
  mkdirSync(dirname(join(root, entry.out)), { recursive: true });
  const options = {
    absWorkingDir: root,
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    minify,
    // Keeps startup fast: one file, no module resolution at run time.
    legalComments: 'none',
    logLevel: 'warning',
    external: entry.external ?? [],
  };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
  built.push(entry.out);
}
if (watch) console.log(`soc2lint build: watching ${built.join(', ')}`);
else console.log(`soc2lint build: ${built.join(', ')} in ${Date.now() - started} ms`);

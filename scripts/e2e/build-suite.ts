/**
 * Bundles the extension-host Mocha suite (test/e2e/suite) into <extension>/out/test/suite with
 * esbuild: index.js (the `extensionTestsPath` entry) and one `*.e2e.js` per test file. `vscode` is
 * provided by the extension host and `mocha` is loaded from node_modules at run time, so both stay
 * external. out/ is git-ignored: every runner builds it first.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './paths';

export const SUITE_SRC = join(ROOT, 'test', 'e2e', 'suite');

export async function buildSuite(extensionDir = ROOT): Promise<string> {
  const outdir = join(extensionDir, 'out', 'test', 'suite');
  rmSync(outdir, { recursive: true, force: true });
  const entries = readdirSync(SUITE_SRC).filter((f) => f === 'index.ts' || f.endsWith('.e2e.ts')).map((f) => join(SUITE_SRC, f));
  await build({
    entryPoints: entries,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(outdir, 'index.js');
}

if (require.main === module) {
  buildSuite(process.argv[2] ?? ROOT).then(
    (entry) => console.log(`e2e suite: ${entry}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

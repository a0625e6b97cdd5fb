/**
 * Helpers for the CLI tests: build the bundle when it is missing or older than the sources, run the
 * BUILT launcher (bin/soc2lint.js) as a user would, and lay out throwaway folders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'cli');
const BUNDLE = join(REPO_ROOT, 'dist', 'cli.js');
const LAUNCHER = join(REPO_ROOT, 'bin', 'soc2lint.js');

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds dist/cli.js unless it is newer than every source it bundles. */
export function ensureBuilt(): void {
  const sources = ['server/src', 'rules', 'package.json'].map((p) => join(REPO_ROOT, p)).filter(existsSync);
  const fresh = existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= Math.max(...sources.map(newestMtime));
  if (fresh) return;
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/soc2lint.js ...args` with colours off unless the env says otherwise. */
export function runBuilt(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'NO_COLOR' && k !== 'FORCE_COLOR') env[k] = v;
  Object.assign(env, options.env ?? {});
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: options.cwd ?? REPO_ROOT, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a tree of files (string or Buffer contents) into a fresh temp folder; returns its path. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'soc2lint-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** A Kubernetes object no current or future rule should object to. */
export const CLEAN_CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: demo\ndata:\n  LOG_LEVEL: info\n';
/** A manifest with a YAML syntax error: SL001. */
export const BROKEN_MANIFEST = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\n  labels: [app\n';

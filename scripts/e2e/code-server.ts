/**
 * Starts and stops one code-server (real VS Code server + web workbench) per run, isolated from
 * the machine: fresh user-data, extensions and XDG folders and config file under
 * .cache/e2e/runs/<id>, a free port, no gallery, quiet user settings. It runs in its own session
 * (spawn `detached` = setsid(2)) so that `kill -TERM -- -PGID` also ends the extension host and the
 * language server, which outlive a closed browser otherwise.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { RUNS, resolveInstall, type Install } from './paths';

/** User settings that keep the workbench quiet and deterministic (no walkthroughs, chat, trust prompts). */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'git.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'editor.minimap.enabled': false,
};

export interface StartOptions {
  /** Prefix of the run folder name. */
  label: string;
  /** Needed for extension-host tests: makes the workbench call window.codeAutomationExit. */
  smokeTestDriver?: boolean;
  /** A .vsix to install into the run's extensions folder before the server starts. */
  vsix?: string;
  settings?: Record<string, unknown>;
}

export interface CodeServer {
  host: string;
  port: number;
  /** http://127.0.0.1:PORT */
  url: string;
  runDir: string;
  logFile: string;
  pid: number;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
let handlersInstalled = false;

/** Last resort: a crashed or interrupted runner still takes its code-server process groups down. */
function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const child of live) killGroup(child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const child of live) killGroup(child, 'SIGTERM');
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal); // = kill -SIG -- -PGID (the child is its session's group leader)
  } catch {
    // group already gone
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function runDirs(runDir: string) {
  return {
    userData: join(runDir, 'user-data'),
    extensions: join(runDir, 'extensions'),
    config: join(runDir, 'config.yaml'),
    xdgConfig: join(runDir, 'xdg', 'config'),
    xdgData: join(runDir, 'xdg', 'data'),
    xdgCache: join(runDir, 'xdg', 'cache'),
  };
}

function serverEnv(install: Install, dirs: ReturnType<typeof runDirs>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dirname(install.node)}:${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
  };
  // The runner's own loader flags (tsx) must not leak into code-server's Node 24.
  delete env.NODE_OPTIONS;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

/** Run folders kept for inspection; older ones go, unless younger than an hour (a parallel run's). */
const KEEP_RUNS = 10;

function pruneRuns(): void {
  let entries: { path: string; mtime: number }[];
  try {
    entries = readdirSync(RUNS).map((name) => ({ path: join(RUNS, name), mtime: statSync(join(RUNS, name)).mtimeMs }));
  } catch {
    return;
  }
  entries.sort((a, b) => b.mtime - a.mtime);
  for (const old of entries.slice(KEEP_RUNS)) {
    if (Date.now() - old.mtime > 3_600_000) rmSync(old.path, { recursive: true, force: true });
  }
}

/** Creates a new run folder (workspace copy, server dirs, logs) under .cache/e2e/runs. */
export function newRunDir(label: string): string {
  pruneRuns();
  const runDir = join(RUNS, `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  mkdirSync(runDir, { recursive: true });
  return runDir;
}

export async function startCodeServer(options: StartOptions, runDir = newRunDir(options.label)): Promise<CodeServer> {
  const install = resolveInstall();
  const dirs = runDirs(runDir);
  for (const d of [dirs.userData, dirs.extensions, dirs.xdgConfig, dirs.xdgData, dirs.xdgCache]) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  const port = await freePort();
  const host = '127.0.0.1';
  writeFileSync(dirs.config, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);
  const env = serverEnv(install, dirs);
  const base = [install.entry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', dirs.config];

  if (options.vsix) {
    const r = spawnSync(install.node, [...base, '--install-extension', options.vsix], { env, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`e2e: installing ${options.vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }

  const logFile = join(runDir, 'code-server.log');
  const fd = openSync(logFile, 'a');
  const args = [
    ...base,
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '10',
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  installExitHandlers();
  const child = spawn(install.node, args, { env, detached: true, stdio: ['ignore', fd, fd], cwd: runDir });
  closeSync(fd);
  live.add(child);
  let exited: number | null | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = code ?? (signal ? -1 : null);
      resolve();
    });
  });
  const pid = child.pid ?? -1;

  const stop = async () => {
    if (!live.has(child)) return;
    killGroup(child, 'SIGTERM');
    await Promise.race([exitPromise, sleep(5000)]);
    // Helpers of the group (extension host, language server) may take a moment longer.
    for (let i = 0; i < 30 && groupAlive(pid); i++) await sleep(100);
    if (groupAlive(pid)) killGroup(child, 'SIGKILL');
    live.delete(child);
  };

  const url = `http://${host}:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) {
      live.delete(child);
      throw new Error(`e2e: code-server exited early (${exited}); log ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`e2e: code-server did not answer /healthz within 60 s; log ${logFile}:\n${tail(logFile)}`);
    }
    await sleep(100);
  }
  return { host, port, url, runDir, logFile, pid, stop };
}

export function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

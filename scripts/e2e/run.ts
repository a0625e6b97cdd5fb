/**
 * `npm run test:e2e`: the real-VS-Code end-to-end suites.
 *
 *   tsx scripts/e2e/run.ts [all|ui|exthost] [--vsix FILE | --unpacked] [--ext DIR] [--no-install] [--no-build]
 *
 * `all` (default): scripts/e2e/install.sh (cached), `npm run build`, `npm run package` (the .vsix the
 * UI suite installs; `--unpacked` loads the folder instead), the UI suite, then the extension-host
 * Mocha suite. Ends with a summary and a plain `N passed, N failed` line; exits 1 on any failure.
 * `--ext DIR` points both suites at another extension folder (used to prove the harness).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runUiSuite, type UiResult } from '../../test/e2e/ui/problems-panel';
import { runReportUiSuite } from '../../test/e2e/ui/report-webview';
import { mib, MemorySampler } from './browser';
import { runExtensionHostSuite, type SuiteResult } from './exthost';
import { ROOT } from './paths';

interface Args {
  what: 'all' | 'ui' | 'exthost';
  vsix?: string;
  unpacked: boolean;
  ext: string;
  install: boolean;
  build: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { what: 'all', unpacked: false, ext: ROOT, install: true, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'all' || a === 'ui' || a === 'exthost') args.what = a;
    else if (a === '--vsix') args.vsix = argv[++i];
    else if (a === '--unpacked') args.unpacked = true;
    else if (a === '--ext') args.ext = argv[++i] ?? ROOT;
    else if (a === '--no-install') args.install = false;
    else if (a === '--no-build') args.build = false;
    else {
      console.error(`e2e: unknown argument ${a}\nusage: tsx scripts/e2e/run.ts [all|ui|exthost] [--vsix FILE | --unpacked] [--ext DIR] [--no-install] [--no-build]`);
      process.exit(2);
    }
  }
  if (args.ext !== ROOT && !args.vsix) args.unpacked = true;
  return args;
}

function timed(label: string, cmd: string, argv: string[]): number {
  const t = Date.now();
  console.log(`e2e: ${label}: ${cmd} ${argv.join(' ')}`);
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`e2e: ${label} failed (exit ${r.status ?? r.signal})`);
  return (Date.now() - t) / 1000;
}

/** The .vsix `npm run package` produced: soc2lint.vsix, else the newest *.vsix at the root. */
function findVsix(): string | undefined {
  const named = join(ROOT, 'soc2lint.vsix');
  if (existsSync(named)) return named;
  const all = readdirSync(ROOT).filter((f) => f.endsWith('.vsix')).map((f) => join(ROOT, f));
  return all.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** Two UI runs reported as one suite. */
function combine(a: UiResult, b: UiResult): UiResult {
  const detail = [a.detail, b.detail].filter(Boolean).join('\n');
  return { ok: a.ok && b.ok, passed: a.passed + b.passed, failed: a.failed + b.failed, seconds: a.seconds + b.seconds, screenshots: [...a.screenshots, ...b.screenshots], ...(detail ? { detail } : {}) };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const times: string[] = [];
  if (args.install) times.push(`install ${timed('install', 'bash', [join(ROOT, 'scripts', 'e2e', 'install.sh')]).toFixed(1)} s`);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (args.build && args.ext === ROOT) times.push(`build ${timed('build', 'npm', ['run', 'build']).toFixed(1)} s`);
  let vsix = args.vsix;
  if (!vsix && !args.unpacked && args.what !== 'exthost') {
    if (pkg.scripts?.package) {
      times.push(`package ${timed('package', 'npm', ['run', 'package']).toFixed(1)} s`);
      vsix = findVsix();
      if (!vsix) throw new Error('e2e: npm run package produced no .vsix');
    } else {
      console.log('e2e: no "package" script yet: the UI suite loads the extension folder unpacked');
    }
  }
  if (vsix) console.log(`e2e: extension under test: ${vsix} (${(statSync(vsix).size / 1024).toFixed(0)} KiB)`);
  else console.log(`e2e: extension under test: ${args.ext} (unpacked)`);

  const memory = new MemorySampler().start();
  let ui: UiResult | undefined;
  let host: SuiteResult | undefined;
  if (args.what !== 'exthost') {
    console.log('e2e: UI suite (Problems panel, Ctrl+. quick fix, Ctrl+S)');
    ui = await runUiSuite({ vsix, extensionDir: args.ext });
    if (ui.detail) console.log(ui.detail);
    console.log('e2e: UI suite (compliance report webview: command, summary, filter, click to open)');
    const report = await runReportUiSuite({ vsix, extensionDir: args.ext });
    if (report.detail) console.log(report.detail);
    ui = combine(ui, report);
  }
  if (args.what !== 'ui') {
    console.log('e2e: extension-host suite (Mocha in the real extension host)');
    host = await runExtensionHostSuite(args.ext);
    if (host.detail) console.log(host.detail);
  }
  const peak = memory.stop();

  const passed = (ui?.passed ?? 0) + (host?.passed ?? 0);
  const failed = (ui?.failed ?? 0) + (host?.failed ?? 0);
  const parts = [...times];
  if (ui) parts.push(`ui ${ui.ok ? 'ok' : 'FAILED'} ${ui.passed}/${ui.passed + ui.failed} in ${ui.seconds.toFixed(1)} s`);
  if (host) parts.push(`extension host ${host.ok ? 'ok' : 'FAILED'} ${host.passed}/${host.passed + host.failed} in ${host.seconds.toFixed(1)} s`);
  if (peak > 0) parts.push(`peak memory ${mib(peak)}`);
  if (ui?.screenshots.length) parts.push(`screenshots ${ui.screenshots.join(', ')}`);
  console.log(`e2e summary: ${parts.join('; ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  return (ui && !ui.ok) || (host && !host.ok) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);

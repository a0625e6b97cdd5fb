/**
 * Suite 2: Mocha inside the real extension host, the @vscode/test-electron way but on code-server
 * (no VS Code download here). code-server rejects --extensionDevelopmentPath/--extensionTestsPath on
 * its command line, so they go in the workbench URL's `payload`; with the smoke-test driver enabled
 * the workbench ends the run by calling window.codeAutomationExit(code), which Playwright catches.
 * Mocha's output arrives as the page's console messages.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './browser';
import { buildSuite } from './build-suite';
import { newRunDir, startCodeServer, tail } from './code-server';
import { ROOT } from './paths';
import { prepareWorkspace, writeExpectations } from './workspace';

export interface SuiteResult {
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
  detail?: string;
}

/** Workbench chatter that is not the suite's output (kept in mocha.log, not echoed). */
const NOISE = /^(\[|Ignoring fetching|Resolving connection|Resolved connection|Creating a socket|Updating additional|Failed to load resource|The web worker|An iframe|Started local extension host|Extension host .* (started|exited))/;

const SUMMARY = /^\s*\d+ passed, \d+ failed\s*$/;

/**
 * A console message of the page as text. The extension host's console.log arrives as
 * ('%c INFO', 'color: …', format, ...args): drop the styling pair, then apply printf formatting.
 */
function consoleText(args: unknown[], fallback: string): string {
  if (args.length === 0) return fallback;
  const rest = typeof args[0] === 'string' && args[0].startsWith('%c') ? args.slice(2) : args;
  return format(...rest).replace(/\s+$/, '');
}

export async function runExtensionHostSuite(extensionDir = ROOT, log: (line: string) => void = console.log): Promise<SuiteResult> {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  if (!existsSync(join(extensionDir, 'package.json'))) throw new Error(`e2e: no extension at ${extensionDir}`);
  const testsEntry = await buildSuite(extensionDir);
  const runDir = newRunDir('exthost');
  const ws = prepareWorkspace(runDir);
  writeExpectations(runDir, ws);
  const server = await startCodeServer({ label: 'exthost', smokeTestDriver: true }, runDir);
  // Started inside the try below so that a browser that fails to launch still stops the server.
  let browser: Browser | undefined;
  let page: Page | undefined;
  const lines: string[] = [];
  try {
    browser = await launchBrowser();
    page = await newPage(browser);
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(Number(code)));
    // Console arguments are fetched from the page asynchronously; `printed` keeps them in order and
    // lets the runner wait for the last ones (Mocha's summary) after codeAutomationExit.
    let printed: Promise<void> = Promise.resolve();
    page.on('console', (msg) => {
      // The extension host's console.log arrives as ('%c INFO', 'color: …', format, …args):
      // the text is in the arguments, not in msg.text().
      const args = Promise.all(msg.args().map((a) => a.jsonValue().catch(() => '')));
      printed = printed.then(async () => {
        const text = consoleText(await args.catch(() => []), msg.text());
        lines.push(text);
        // The suite's own "N passed, N failed" stays in mocha.log: run.ts prints the one total line CI counts.
        if (text.trim().length > 0 && !NOISE.test(text) && !SUMMARY.test(text)) log(`  | ${text}`);
      });
    });
    page.on('pageerror', (error) => lines.push(`[pageerror] ${error.message}`));
    const authority = `vscode-remote://${server.host}:${server.port}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `${authority}${extensionDir}`],
      ['extensionTestsPath', `${authority}${testsEntry}`],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
    const timeoutMs = Number(process.env.E2E_EXTHOST_TIMEOUT_MS ?? 240_000);
    const code = await Promise.race([exited, new Promise<number>((resolve) => setTimeout(() => resolve(-1), timeoutMs).unref())]);
    await new Promise((r) => setTimeout(r, 300));
    await printed;
    writeFileSync(join(runDir, 'mocha.log'), lines.join('\n') + '\n');
    const summary = [...lines].reverse().map((l) => /(\d+) passed, (\d+) failed/.exec(l)).find(Boolean);
    const passed = summary ? Number(summary[1]) : 0;
    const failed = summary ? Number(summary[2]) : 0;
    const ok = code === 0 && summary !== undefined && failed === 0 && passed > 0;
    if (!ok) {
      const shot = await screenshot(page, `exthost-failure-${Date.now()}`);
      const why = code === -1 ? `no codeAutomationExit within ${timeoutMs / 1000} s` : `exit code ${code}`;
      return { ok, passed, failed: failed || 1, seconds: seconds(), detail: `${why}; screenshot ${shot ?? '(none)'}; run folder ${runDir}\n${tail(server.logFile, 15)}` };
    }
    return { ok, passed, failed, seconds: seconds() };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

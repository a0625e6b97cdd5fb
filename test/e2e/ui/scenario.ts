/**
 * What every UI suite does around its steps: start code-server on the prepared workspace, open it in
 * headless Chromium, count passed checks, name the step a failure happened in, keep screenshots
 * (the page on any failure), and always stop the browser and the server.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, openWorkbench, screenshot } from '../../../scripts/e2e/browser';
import { startCodeServer, tail } from '../../../scripts/e2e/code-server';

export interface UiOptions {
  /** Install this packaged extension (the product path)… */
  vsix?: string;
  /** …or load this folder unpacked as a development extension. */
  extensionDir?: string;
  log?: (line: string) => void;
}

export interface UiResult {
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
  screenshots: string[];
  detail?: string;
}

/** What a suite's steps get: the page, and the bookkeeping. */
export interface UiScenario {
  page: Page;
  /** Names what happens next (a failure is reported under it). */
  step(name: string): void;
  /** Logs a passed check. */
  check(name: string): void;
  /** Keeps a screenshot of the page under `name`. */
  shoot(name: string): Promise<void>;
}

/**
 * Runs `steps` in a workbench on `ws`. `label` names the server's run and the failure screenshot;
 * `started` is when the suite began (its preparation counts in the time it reports).
 */
export async function runUiScenario(options: UiOptions, label: string, run: { runDir: string; ws: string; started: number }, steps: (s: UiScenario) => Promise<void>): Promise<UiResult> {
  const log = options.log ?? console.log;
  const { runDir, ws, started } = run;
  const screenshots: string[] = [];
  let passed = 0;
  let current = 'start';
  const check = (name: string) => {
    passed++;
    log(`  ✔ ${name}`);
  };

  const server = await startCodeServer({ label, vsix: options.vsix, smokeTestDriver: !options.vsix, settings: { 'workbench.editor.enablePreview': false } }, runDir);
  // Started inside the try below so that a browser that fails to launch still stops the server.
  let browser: Browser | undefined;
  let page: Page | undefined;
  try {
    browser = await launchBrowser();
    page = await newPage(browser);
    current = 'open the workspace';
    await openWorkbench(page, server, ws, options.vsix ? undefined : options.extensionDir);
    check(`workbench shows the workspace (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const shown = page;
    await steps({
      page: shown,
      step: (name) => (current = name),
      check,
      shoot: async (name) => {
        const shot = await screenshot(shown, name);
        if (shot) screenshots.push(shot);
      },
    });
    return { ok: true, passed, failed: 0, seconds: (Date.now() - started) / 1000, screenshots };
  } catch (error) {
    const shot = await screenshot(page, `${label}-failure-${current.replace(/\W+/g, '-')}-${Date.now()}`);
    if (shot) screenshots.push(shot);
    const message = error instanceof Error ? error.message : String(error);
    log(`  ✘ ${current}: ${message}`);
    return {
      ok: false,
      passed,
      failed: 1,
      seconds: (Date.now() - started) / 1000,
      screenshots,
      detail: `${current}: ${message}\nscreenshot ${shot ?? '(none)'}; run folder ${runDir}\n${tail(server.logFile, 15)}`,
    };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

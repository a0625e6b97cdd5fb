/**
 * The HTML report in headless Debian Chromium (playwright-core): the summary table shows every
 * criterion, nothing is fetched, no script runs, it follows the dark colour scheme and lays out
 * for print. Leaves a screenshot in .cache/e2e/artifacts/report-html.png.
 *
 * Skipped when /usr/bin/chromium (or $CHROMIUM_PATH) is absent: on a fresh CI machine the E2E
 * install script (scripts/e2e/install.sh) is what installs it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { formatReportHtml } from '../../server/src/engine/report/index';
import { SOC2_CONTROLS } from '../../server/src/engine/types';
import { CHROMIUM_ARGS } from '../../scripts/e2e/browser';
import { ARTIFACTS, CHROMIUM } from '../../scripts/e2e/paths';
import { GOLDEN_RULE_IDS, reportOfFolder, REPO_ROOT, rulesById } from './helpers';

const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (installed by scripts/e2e/install.sh; set CHROMIUM_PATH)`;

void describe('HTML report in headless Chromium', { skip }, () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'soc2lint-report-html-'));
  const demoFile = join(dir, 'demo.html');
  const goldenFile = join(dir, 'golden.html');

  before(async () => {
    writeFileSync(demoFile, formatReportHtml(reportOfFolder(join(REPO_ROOT, 'examples', 'demo'))));
    writeFileSync(goldenFile, formatReportHtml(reportOfFolder(join(REPO_ROOT, 'test', 'fixtures', 'report', 'workspace'), { rules: rulesById(GOLDEN_RULE_IDS) })));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('shows the summary table with every criterion, fetches nothing, runs no script; screenshot saved', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(demoFile).href);
    const summary = page.locator('table.summary');
    assert.ok(await summary.isVisible());
    for (const id of SOC2_CONTROLS) assert.ok(await summary.locator('td', { hasText: new RegExp(`^${id.replace('.', '\\.')}$`) }).isVisible(), id);
    assert.equal(await summary.locator('tbody tr').count(), 9);
    assert.equal(await page.locator('svg.bar').count(), 9);
    assert.equal(await page.locator('script').count(), 0);
    assert.deepEqual(requests, [pathToFileURL(demoFile).href]);
    assert.deepEqual(errors, []);
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'report-html.png');
    await page.screenshot({ path: shot, fullPage: false });
    assert.ok(statSync(shot).size > 10_000);
    await page.close();
  });

  void it('every status badge of the golden workspace is visible', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(pathToFileURL(goldenFile).href);
    for (const status of ['pass', 'fail', 'partial', 'not-evaluated']) assert.ok(await page.locator(`table.summary .badge.status-${status}`).first().isVisible(), status);
    // Escaped, not interpreted: the exception reason contains <vendor>.
    assert.ok(await page.getByText('the <vendor> agent needs setuid', { exact: false }).first().isVisible());
    assert.equal(await page.locator('vendor').count(), 0);
    await page.close();
  });

  void it('follows the dark colour scheme and stays light in print', async () => {
    const page = await browser.newPage({ colorScheme: 'dark', javaScriptEnabled: false });
    await page.goto(pathToFileURL(demoFile).href);
    // A string expression: the project's TypeScript has no DOM library.
    const bg = () => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    assert.equal(await bg(), 'rgb(13, 17, 23)');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await bg(), 'rgb(255, 255, 255)');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    await page.close();
  });
});

/**
 * UI suite 2, the compliance report as a user sees it: in code-server with the demo workspace, run
 * "soc2lint: Generate Compliance Report" from the command palette; the webview (two nested iframes:
 * the workbench's `iframe.webview` host and its `#active-frame` document) shows the summary per
 * criterion, the exceptions register and the findings; the findings filter narrows the table; a
 * click on the K8S002 finding of k8s/api.yaml opens that file with the cursor on the finding's line.
 * Expectations come from `soc2lint report --format json` of the same folder. Screenshots: the report (kept) and the page on any failure.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { newRunDir } from '../../../scripts/e2e/code-server';
import { ROOT } from '../../../scripts/e2e/paths';
import { MANIFEST, prepareWorkspace } from '../../../scripts/e2e/workspace';
import type { ComplianceReport } from '../../../server/src/engine/report/model';
import { runUiScenario, type UiOptions, type UiResult } from './scenario';

const COMMAND_TITLE = 'soc2lint: Generate Compliance Report';
const CRITERIA = ['CC6.1', 'CC6.2', 'CC6.3', 'CC6.6', 'CC6.7', 'CC6.8', 'CC7.2', 'CC7.3', 'A1.2'];

/** The report document inside the webview: workbench iframe -> the webview's active frame. */
function reportFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** Runs a command from the palette; retries while the extension's contributions are still loading. */
/** `soc2lint report --format json` of the workspace: what the webview must show. */
function cliReport(ws: string): ComplianceReport {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'soc2lint.js'), 'report', '--no-timestamp', '--format', 'json', '--fail-on', 'none'], { cwd: ws, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`soc2lint report failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as ComplianceReport;
}

async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor();
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt === 6) throw error;
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

export async function runReportUiSuite(options: UiOptions): Promise<UiResult> {
  const started = Date.now();

  const runDir = newRunDir('ui-report');
  const ws = prepareWorkspace(runDir);
  const expected = cliReport(ws);
  const all = expected.findings;
  const target = all.find((f) => f.file === MANIFEST && f.ruleId === 'K8S002');
  if (!target) throw new Error(`e2e: soc2lint report lists no K8S002 in ${MANIFEST}`);

  return runUiScenario(options, 'ui-report', { runDir, ws, started }, async ({ page, step, check, shoot }) => {
    step('run the command');
    // The extension is active once its status bar item shows.
    await page.locator('.statusbar-item', { hasText: 'soc2lint' }).first().waitFor({ timeout: 60_000 });
    await runCommand(page, COMMAND_TITLE);
    await page.locator('.tabs-container .tab.active', { hasText: 'SOC 2 Compliance Report' }).waitFor({ timeout: 60_000 });
    check(`"${COMMAND_TITLE}" opens the report tab`);

    step('the webview shows the summary');
    const frame = reportFrame(page);
    await frame.locator('#summary table.criteria').waitFor({ timeout: 30_000 });
    for (const id of CRITERIA) await frame.locator(`#summary tr[data-criterion="${id}"] .badge`).waitFor();
    const statuses = await frame.locator('#summary tr[data-criterion] .badge').allTextContents();
    const want = expected.criteria.map((c) => ({ pass: 'Pass', fail: 'Fail', partial: 'Partial', 'not-evaluated': 'Not evaluated' })[c.status]);
    if (JSON.stringify(statuses.map((t) => t.trim())) !== JSON.stringify(want)) throw new Error(`criteria statuses: webview ${statuses.join(', ')}, soc2lint report ${want.join(', ')}`);
    if (statuses[0]?.trim() !== 'Fail') throw new Error(`CC6.1 should fail on the demo (privileged container), the webview says ${statuses[0]}`);
    const rows = await frame.locator('tr.finding').count();
    if (rows !== all.length) throw new Error(`the webview lists ${rows} findings, soc2lint report ${all.length}`);
    await frame.locator('#exceptions tbody tr').first().waitFor();
    await shoot('ui-report-webview');
    check(`webview: 9 criteria with the statuses of soc2lint report (CC6.1 Fail), ${rows} findings, exceptions register`);

    step('filter the findings');
    await frame.locator('#filter-file').selectOption(MANIFEST);
    const inFile = all.filter((f) => f.file === MANIFEST).length;
    await frame.locator('#filter-count', { hasText: `${inFile} of ${all.length} findings` }).waitFor();
    await frame.locator(`tr.finding:not([data-file="${MANIFEST}"])`).first().waitFor({ state: 'hidden' });
    check(`file filter ${MANIFEST}: ${inFile} of ${all.length} findings shown`);

    step('click a finding');
    await frame.locator(`tr.finding[data-file="${MANIFEST}"]`, { hasText: 'K8S002' }).first().click();
    await page.locator('.tabs-container .tab.active[aria-label*="api.yaml"]').waitFor({ timeout: 15_000 });
    const position = page.locator('.statusbar-item[id="status.editor.selection"]');
    await position.filter({ hasText: `Ln ${target.line}, Col ${target.column}` }).waitFor({ timeout: 10_000 });
    await shoot('ui-report-opened-finding');
    check(`click on K8S002 opens ${MANIFEST} at Ln ${target.line}, Col ${target.column}`);
  });
}

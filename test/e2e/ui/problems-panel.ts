/**
 * Suite 1, what a user sees: the extension installed in a real VS Code (code-server), the demo
 * workspace open in headless Chromium. Opens the Dockerfile and a Deployment, checks the Problems
 * panel lists the findings `soc2lint scan` reports (rule id and line), then for DF001 and K8S002:
 * Ctrl+G to the finding, Ctrl+. and the quick fix, Ctrl+S; the file on disk must equal what
 * `soc2lint scan --fix` with only that rule produces, and the row must leave the Problems panel.
 * Screenshots: the Problems panel on success (kept), the page on any failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newRunDir } from '../../../scripts/e2e/code-server';
import { DOCKERFILE, findingsOf, fixTitle, MANIFEST, prepareWorkspace, scan, textAfterRuleFix, type CliFinding } from '../../../scripts/e2e/workspace';
import { runUiScenario, type UiOptions, type UiResult } from './scenario';

export type { UiOptions, UiResult } from './scenario';

/** The findings the suite fixes through the UI, one per file. */
const FIX_TARGETS: { rel: string; ruleId: string }[] = [
  { rel: MANIFEST, ruleId: 'K8S002' },
  { rel: DOCKERFILE, ruleId: 'DF001' },
];

const problemRows = (page: Page) => page.locator('.markers-panel .monaco-list-row');

/** A Problems row for one finding: the rule id (shown as `soc2lint(ID)`) and its `[Ln N, Col M]`. */
function problemRow(page: Page, f: Pick<CliFinding, 'ruleId' | 'range'>) {
  return problemRows(page).filter({ hasText: f.ruleId }).filter({ hasText: `Ln ${f.range.start.line}, Col ${f.range.start.column}` });
}

async function focusEditorOf(page: Page, rel: string): Promise<void> {
  const name = rel.split('/').pop() as string;
  await page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first().click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor();
  await page.keyboard.press('Control+1'); // focus the editor, not the tab strip
}

async function goToLine(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function waitForDisk(file: string, expected: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = readFileSync(file, 'utf8');
  while (text !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    text = readFileSync(file, 'utf8');
  }
  return text;
}

export async function runUiSuite(options: UiOptions): Promise<UiResult> {
  const started = Date.now();

  const runDir = newRunDir('ui');
  const ws = prepareWorkspace(runDir);
  const all = scan(ws);
  const expected = [...findingsOf(all, DOCKERFILE), ...findingsOf(all, MANIFEST)];
  for (const t of FIX_TARGETS) {
    if (!findingsOf(all, t.rel).some((f) => f.ruleId === t.ruleId && f.fixable)) throw new Error(`e2e: soc2lint scan reports no fixable ${t.ruleId} in ${t.rel}`);
  }

  return runUiScenario(options, 'ui', { runDir, ws, started }, async ({ page, step, check, shoot }) => {
    step('open the Dockerfile and the Deployment');
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label="Dockerfile"]').click();
    await page.locator('.tabs-container .tab.active[aria-label*="Dockerfile"]').waitFor();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(MANIFEST);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'api.yaml' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active[aria-label*="api.yaml"]').waitFor();
    check('Dockerfile and k8s/api.yaml open in editors');

    step('Problems panel lists the findings');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor();
    // The Problems list is virtualised: with dozens of findings most rows are never drawn. Filter by
    // rule id (as a user would) so each expected row is on screen.
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    for (const f of expected) {
      await filter.fill(f.ruleId);
      await problemRow(page, f).first().waitFor({ timeout: 30_000 });
    }
    await filter.fill('');
    await shoot('ui-problems-panel');
    check(`Problems shows ${expected.map((f) => `${f.ruleId}@${f.file}:${f.range.start.line}`).join(', ')}`);

    for (const target of FIX_TARGETS) {
      const finding = findingsOf(all, target.rel).find((f) => f.ruleId === target.ruleId) as CliFinding;
      const file = join(ws, target.rel);
      const { line, column } = finding.range.start;
      step(`quick fix ${target.ruleId} in ${target.rel}`);
      const title = fixTitle(file, target.rel, target.ruleId, line);
      const want = textAfterRuleFix(ws, join(runDir, `scratch-${target.ruleId}`), target.rel, target.ruleId);
      await focusEditorOf(page, target.rel);
      await goToLine(page, line, column);
      const item = page.locator('.action-widget .monaco-list-row', { hasText: title });
      // Ctrl+. acts on the focused editor once its code actions are known; under CI load the key
      // was once lost (no menu in 30 s, lightbulb shown). Ask again, as a user would.
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+.');
        const shown = await item.first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
        if (shown) break;
        if (attempt === 3) {
          await item.first().waitFor({ timeout: 10_000 });
          break;
        }
        await page.keyboard.press('Escape');
        await focusEditorOf(page, target.rel);
        await goToLine(page, line, column);
      }
      await item.first().click();
      await item.first().waitFor({ state: 'hidden' });
      await page.keyboard.press('Control+S');
      const onDisk = await waitForDisk(file, want);
      if (onDisk !== want) throw new Error(`${target.rel} on disk after the fix:\n${onDisk}\n--- expected (soc2lint scan --fix, ${target.ruleId} only):\n${want}`);
      check(`Ctrl+. "${title}" + Ctrl+S: ${target.rel} on disk is what soc2lint scan --fix gives`);

      step(`${target.ruleId} leaves the Problems panel`);
      await problemRows(page).filter({ hasText: target.ruleId }).first().waitFor({ state: 'detached', timeout: 15_000 });
      const left = findingsOf(scan(ws, [target.rel]), target.rel).filter((f) => f.ruleId === target.ruleId);
      if (left.length > 0) throw new Error(`soc2lint scan still reports ${target.ruleId} in the saved ${target.rel}`);
      check(`${target.ruleId} gone from Problems and from soc2lint scan of the saved file`);
    }
    await shoot('ui-after-fixes');
  });
}

/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { Soc2lintApi } from '../../../client/src/extension';
import type { ReportResult } from '../../../server/src/lsp/protocol';
import { extension, MANIFEST, waitFor, workspaceRoot } from './helpers';

async function api(): Promise<Soc2lintApi> {
  const ext = extension();
  const exports = (await ext.activate()) as Soc2lintApi;
  await exports.ready();
  return exports;
}

/** `soc2lint report` of the workspace folder as it is on disk now, run with the extension's own CLI. */
function cliReport(format: string): string | undefined {
  const out = join(mkdtempSync(join(tmpdir(), 'soc2lint-e2e-report-')), `report.${format}`);
  const cli = join(extension().extensionPath, 'bin', 'soc2lint.js');
  const r = spawnSync(process.execPath, [cli, 'report', '--no-timestamp', '--format', format, '-o', out], { cwd: workspaceRoot().fsPath, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (r.status !== 0 && r.status !== 1) return undefined;
  return readFileSync(out, 'utf8');
}

describe('compliance report', () => {
  let result: ReportResult | undefined;

  it('soc2lint.showComplianceReport scans the workspace and opens the report panel', async () => {
    const soc2lint = await api();
    // Earlier suites leave the files saved; an unsaved editor would count too, and the CLI would not see it.
    await vscode.workspace.saveAll(false);
    result = await vscode.commands.executeCommand<ReportResult | undefined>('soc2lint.showComplianceReport', { noTimestamp: true });
    assert.ok(result, 'the command resolves to the report');
    assert.equal(result.report.criteria.length, 9);
    assert.ok(result.report.scope.filesEvaluated >= 5, `files evaluated: ${result.report.scope.filesEvaluated}`);
    assert.equal(result.rootUri, workspaceRoot().toString());
    await waitFor('the report panel', () => soc2lint.reportPanel()?.visible === true, 10_000);
    const panel = soc2lint.reportPanel()!;
    assert.equal(panel.title, 'SOC 2 Compliance Report');
    assert.match(panel.html, /Summary per criterion/);
    assert.match(panel.html, /Content-Security-Policy/);
    for (const c of result.report.criteria) assert.ok(panel.html.includes(`<tr data-criterion="${c.id}">`), c.id);
  });

  it('a click on a finding (its webview message) opens the file with the finding selected', async () => {
    const soc2lint = await api();
    const panel = soc2lint.reportPanel();
    assert.ok(panel && result);
    const index = result.report.findings.findIndex((f) => f.file === MANIFEST);
    assert.ok(index >= 0, `a finding in ${MANIFEST}`);
    const finding = result.report.findings[index]!;
    await panel.receive({ type: 'open', list: 'findings', index });
    await waitFor(`${MANIFEST} in the active editor`, () => vscode.window.activeTextEditor?.document.uri.path.endsWith(`/${MANIFEST}`) === true, 10_000);
    const selection = vscode.window.activeTextEditor!.selection;
    assert.deepEqual([selection.start.line, selection.start.character, selection.end.line, selection.end.character], [finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1]);
    // A forged message is ignored.
    await panel.receive({ type: 'open', list: 'findings', index: 100_000 });
    await panel.receive({ type: 'exec', command: 'workbench.action.quit' });
  });

  for (const format of ['html', 'md', 'json', 'sarif'] as const) {
    it(`soc2lint.saveComplianceReport writes ${format}: the bytes of soc2lint report --format ${format}`, async function () {
      const expected = cliReport(format);
      if (expected === undefined) this.skip();
      const target = vscode.Uri.file(join(mkdtempSync(join(tmpdir(), 'soc2lint-e2e-save-')), `report.${format}`));
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('soc2lint.saveComplianceReport', { format, uri: target.toString() });
      assert.equal(written?.toString(), target.toString());
      assert.equal(readFileSync(target.fsPath, 'utf8'), expected);
    });
  }
});

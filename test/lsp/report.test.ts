/**
 * `soc2lint/report` against the built server over stdio: the report of examples/demo equals the
 * CLI's model of the same folder (and, formatted, the same bytes), unsaved editor text counts,
 * settings and `files.exclude` apply, progress is reported on the client's token, and a cancelled
 * request stops early with RequestCancelled while the server keeps serving.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { ComplianceReport } from '../../server/src/engine/report/model';
import { reportText } from '../../client/src/report-text';
import { REPORT_FORMATS } from '../../server/src/engine/report/index';
import { REPORT_REQUEST, type ReportParams, type ReportResult } from '../../server/src/lsp/protocol';
import { LspClient, REPO_ROOT, uriOf } from './client';

const DEMO = join(REPO_ROOT, 'examples', 'demo');
const CLI = join(REPO_ROOT, 'bin', 'soc2lint.js');
const REQUEST_CANCELLED = -32800;

function tempCopy(source: string): string {
  const root = mkdtempSync(join(tmpdir(), 'soc2lint-report-'));
  cpSync(source, root, { recursive: true });
  return root;
}

function report(client: LspClient, params: ReportParams, token?: CancellationTokenSource): Promise<ReportResult> {
  // No `undefined` third argument: vscode-jsonrpc would send [params, null] as positional parameters.
  return (token ? client.connection.sendRequest(REPORT_REQUEST, params, token.token) : client.connection.sendRequest(REPORT_REQUEST, params)) as Promise<ReportResult>;
}

/** Progress values sent on one token, in order. */
function progressOn(client: LspClient, token: string): { kind: string; percentage?: number; message?: string; cancellable?: boolean }[] {
  return client.progress.filter((p) => p.token === token).map((p) => p.value as { kind: string; percentage?: number });
}

/** `soc2lint report` in `cwd` (the other side of the editor's export). */
function cliReport(cwd: string, format: string): string | undefined {
  const out = join(mkdtempSync(join(tmpdir(), 'soc2lint-report-out-')), `report.${format}`);
  const r = spawnSync(process.execPath, [CLI, 'report', '--no-timestamp', '--format', format, '-o', out], { cwd, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) return undefined;
  return readFileSync(out, 'utf8');
}

const statusOf = (r: ComplianceReport, id: string) => r.criteria.find((c) => c.id === id)?.status;

void describe('soc2lint language server: soc2lint/report', () => {
  let root: string;
  let client: LspClient;

  before(async () => {
    root = tempCopy(DEMO);
    client = await LspClient.start({ root, settings: { debounceMs: 0 } });
    await client.indexed();
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  void it('returns the compliance report of the workspace folder, with progress on the client token', async () => {
    const token = 'report-1';
    const result = await report(client, { noTimestamp: true, workDoneToken: token });
    assert.equal(result.rootUri, uriOf(root));
    const r = result.report;
    assert.equal(r.generatedAt, undefined, 'noTimestamp leaves out generatedAt');
    assert.deepEqual(r.scope.workspaceFolders, ['.']);
    assert.equal(r.criteria.length, 9);
    assert.ok(r.scope.filesEvaluated >= 5, `files evaluated: ${r.scope.filesEvaluated}`);
    assert.ok(r.findings.some((f) => f.ruleId === 'K8S002' && f.file === 'k8s/api.yaml'), 'the privileged container of k8s/api.yaml');
    assert.ok(r.findings.every((f) => !f.file.startsWith('/')), 'paths are relative to the folder');
    assert.ok(r.exceptions.length >= 1, 'the demo has an accepted exception');
    assert.equal(statusOf(r, 'CC6.1'), 'fail');

    const values = progressOn(client, token);
    assert.equal(values[0]?.kind, 'begin');
    assert.equal(values[0]?.cancellable, true);
    assert.equal(values.at(-1)?.kind, 'end');
    const percentages = values.flatMap((v) => (v.percentage === undefined ? [] : [v.percentage]));
    assert.ok(percentages.length >= 2, `percentages reported: ${percentages.join(', ')}`);
    assert.deepEqual(percentages, [...percentages].sort((a, b) => a - b), 'percentages only go up');
  });

  void it('is the model `soc2lint report` builds for the same folder: every format gives the same bytes', async () => {
    const result = await report(client, { noTimestamp: true });
    for (const format of REPORT_FORMATS) {
      const cli = cliReport(root, format);
      assert.ok(cli !== undefined, `soc2lint report --format ${format} ran`);
      // reportText is what the editor's "Save as" writes.
      assert.equal(reportText(result, format), cli, `${format}: editor export and soc2lint report differ`);
    }
  });

  void it('counts the unsaved text of open editors, and forgets it when they close', async () => {
    const rel = 'k8s/api.yaml';
    const uri = uriOf(join(root, rel));
    const text = readFileSync(join(root, rel), 'utf8');
    const before = (await report(client, { noTimestamp: true })).report;
    assert.ok(before.findings.some((f) => f.file === rel && f.ruleId === 'K8S002'));
    client.open(uri, text.replace(/privileged: true/g, 'privileged: false'));
    const edited = (await report(client, { noTimestamp: true })).report;
    assert.ok(!edited.findings.some((f) => f.file === rel && f.ruleId === 'K8S002'), 'the unsaved fix counts');
    client.close(uri);
    const closed = (await report(client, { noTimestamp: true })).report;
    assert.deepEqual(closed, before);
  });

  void it('applies soc2lint settings, files.exclude and the folders asked for', async () => {
    client.settings = { debounceMs: 0, rules: { K8S002: 'off' }, exclude: ['worker/**'] };
    client.filesExclude = { 'charts/**': true };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    try {
      const r = (await report(client, { noTimestamp: true, folders: [uriOf(root)] })).report;
      assert.ok(!r.findings.some((f) => f.ruleId === 'K8S002'), 'K8S002 off');
      assert.equal(r.configuration.rules.K8S002, 'off');
      assert.ok(!r.findings.some((f) => f.file.startsWith('worker/') || f.file.startsWith('charts/')), 'excluded folders are not scanned');
      assert.ok(r.findings.some((f) => f.file === 'Dockerfile'));
    } finally {
      client.settings = { debounceMs: 0 };
      client.filesExclude = {};
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }
    await assert.rejects(report(client, { folders: ['file:///not/a/folder'] }), /not a workspace folder|none of/);
  });
});

void describe('soc2lint language server: soc2lint/report cancellation', () => {
  let root: string;
  let client: LspClient;
  const FILES = 1500;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'soc2lint-report-big-'));
    mkdirSync(join(root, 'k8s'));
    for (let i = 0; i < FILES; i++) {
      writeFileSync(
        join(root, 'k8s', `app-${String(i).padStart(4, '0')}.yaml`),
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: app-${i}\n  template:\n    metadata:\n      labels:\n        app: app-${i}\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:${i}\n          securityContext:\n            privileged: true\n`,
      );
    }
    client = await LspClient.start({ root, settings: { debounceMs: 0 } });
    await client.indexed(60_000);
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  void it('stops early when the request is cancelled, answers RequestCancelled and keeps serving', async () => {
    const token = 'report-cancel';
    const source = new CancellationTokenSource();
    const pending = report(client, { noTimestamp: true, workDoneToken: token }, source);
    // Cancel as soon as the scan has reported progress: it is then mid-way through the files.
    await client.waitUntil(() => progressOn(client, token).some((v) => v.kind === 'report'), 'the first progress report', 30_000);
    source.cancel();
    const error = await pending.then(
      () => assert.fail('the cancelled request resolved'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ResponseError, String(error));
    assert.equal(error.code, REQUEST_CANCELLED);
    await client.waitUntil(() => progressOn(client, token).some((v) => v.kind === 'end'), 'the progress to end');
    const last = Math.max(...progressOn(client, token).map((v) => v.percentage ?? 0));
    assert.ok(last < 99, `stopped early (last progress ${last}%)`);

    const full = await report(client, { noTimestamp: true });
    assert.equal(full.report.scope.filesEvaluated, FILES, 'a new request still runs to the end');
    assert.equal(full.report.findings.filter((f) => f.ruleId === 'K8S002').length, FILES);
  });

  void it('stops when the client cancels the server-created progress (no token given)', async () => {
    const seen = client.progress.length;
    const pending = report(client, { noTimestamp: true });
    const begin = () => client.progress.slice(seen).find((p) => p.value.kind === 'begin' && p.value.title === 'soc2lint: compliance report');
    await client.waitUntil(() => client.progress.slice(seen).some((p) => p.token === begin()?.token && p.value.kind === 'report'), 'progress of the report', 30_000);
    assert.equal(begin()!.value.cancellable, true, 'a server-created, cancellable progress');
    void client.connection.sendNotification('window/workDoneProgress/cancel', { token: begin()!.token });
    const error = await pending.then(
      () => assert.fail('the cancelled report resolved'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, REQUEST_CANCELLED);
  });
});

/**
 * The built language server over a real stdio connection: handshake, diagnostics per file kind,
 * incremental sync, version discipline under rapid edits, the workspace walk and the status request.
 * Assertions name stable rules (DF001, K8S002, HV005, WS001, SL001, SL002) by id and range; other
 * rules landing later may add findings, so sets are checked with "includes".
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DiagnosticData, StatusResult } from '../../server/src/lsp/protocol';
import { codes, copyWorkspace, LspClient, messageOf, removeWorkspace, uriOf, view } from './client';

const find = (diagnostics: Diagnostic[], id: string) => diagnostics.find((d) => d.code === id);

void describe('soc2lint language server: basics', () => {
  let root: string;
  let client: LspClient;
  const file = (rel: string) => join(root, rel);

  before(async () => {
    root = copyWorkspace('workspace');
    // A policy that would select the Deployment, in a folder .gitignore hides: the walk must skip it.
    mkdirSync(file('ignored'));
    writeFileSync(file('.gitignore'), 'ignored/\n');
    writeFileSync(
      file('ignored/policy.yaml'),
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n',
    );
    client = await LspClient.start({ root, settings: { debounceMs: 0 } });
  });
  after(async () => {
    await client.stop();
    removeWorkspace(root);
  });

  void it('initializes with incremental sync, code actions incl. fix-all, and registers file watchers', async () => {
    const result = (await client.connection.sendRequest('soc2lint/status', {})) as StatusResult;
    assert.equal(typeof result.errors, 'number');
    await client.waitUntil(() => client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'watcher registration');
    const watchers = (client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!.registerOptions as { watchers: { globPattern: string }[] }).watchers;
    const globs = watchers.map((w) => w.globPattern);
    for (const g of ['**/*.{yaml,yml,json}', '**/.soc2lint.{yaml,yml}', '**/Chart.{yaml,yml}']) assert.ok(globs.includes(g), g);
    assert.ok(globs.some((g) => g.includes('Dockerfile')));
  });

  void it('walks the workspace in the background with cancellable progress and indexing notifications', async () => {
    await client.waitUntil(() => client.indexing.some((n) => n.state === 'end'), 'indexing end');
    assert.equal(client.indexing[0]!.state, 'begin');
    const begin = client.progress.find((p) => p.value.kind === 'begin');
    assert.ok(begin, 'a work-done progress begins');
    assert.equal(begin.value.cancellable, true);
    await client.waitUntil(() => client.progress.some((p) => p.value.kind === 'end'), 'progress end');
    const end = client.indexing.find((n) => n.state === 'end');
    assert.ok(end && end.state === 'end' && !end.cancelled);
    // deployment.yaml and configmap.yaml hold objects (a ConfigMap is a fact for WS005); the ignored policy is not indexed.
    assert.equal(end.files, 2, 'the Deployment and the ConfigMap carry facts (ignored/ is skipped)');
  });

  void it('publishes DF001 for a Dockerfile with the SOC 2 control, docs link, version and data', async () => {
    const uri = uriOf(file('Dockerfile'));
    client.open(uri, readFileSync(file('Dockerfile'), 'utf8'), 'dockerfile');
    const diagnostics = await client.diagnostics(uri, { version: 1 });
    const df001 = find(diagnostics, 'DF001');
    assert.ok(df001, view(diagnostics).join('\n'));
    assert.equal(df001.source, 'soc2lint');
    assert.equal(df001.severity, 1);
    assert.match(messageOf(df001), / \[CC6\.1\]$/);
    assert.match(df001.codeDescription!.href, /DF001\.md$/);
    assert.deepEqual(df001.range.start, { line: 1, character: 0 });
    const data = df001.data as DiagnosticData;
    assert.equal(data.ruleId, 'DF001');
    assert.equal(data.version, 1);
    assert.equal(data.fixable, true);
    assert.equal(client.latest(uri)!.version, 1);
  });

  void it('publishes K8S002 and WS001 for a manifest (the gitignored policy does not count)', async () => {
    const uri = uriOf(file('k8s/deployment.yaml'));
    client.open(uri, readFileSync(file('k8s/deployment.yaml'), 'utf8'));
    const diagnostics = await client.diagnostics(uri, { version: 1 });
    const k8s002 = find(diagnostics, 'K8S002');
    assert.ok(k8s002, view(diagnostics).join('\n'));
    assert.deepEqual(k8s002.range, { start: { line: 20, character: 24 }, end: { line: 20, character: 28 } });
    assert.match(messageOf(k8s002), /"app"/);
    const ws001 = find(diagnostics, 'WS001');
    assert.ok(ws001);
    assert.deepEqual(ws001.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } });
    assert.match(messageOf(ws001), /\[CC6\.6\]$/);
  });

  void it('publishes HV005 for a values file inside a chart (Chart.yaml looked up on disk)', async () => {
    const uri = uriOf(file('chart/values.yaml'));
    client.open(uri, readFileSync(file('chart/values.yaml'), 'utf8'));
    const diagnostics = await client.diagnostics(uri, { version: 1 });
    const hv005 = find(diagnostics, 'HV005');
    assert.ok(hv005, view(diagnostics).join('\n'));
    assert.deepEqual(hv005.range, { start: { line: 3, character: 11 }, end: { line: 3, character: 16 } });
    assert.equal(hv005.severity, 2);
    // The same text outside a chart is plain YAML: nothing to say.
    const loose = uriOf(file('values.yaml'));
    client.open(loose, readFileSync(file('chart/values.yaml'), 'utf8'));
    assert.deepEqual(await client.diagnostics(loose, { version: 1 }), []);
  });

  void it('reports parse errors (SL001) and a suppression without reason (SL002); unsaved text counts', async () => {
    const uri = uriOf(file('k8s/broken.yaml'));
    client.open(uri, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\n  labels: [app\n');
    const broken = await client.diagnostics(uri, { version: 1 });
    assert.ok(find(broken, 'SL001'), view(broken).join('\n'));
    const v2 = client.replaceAll(uri, '# soc2lint-ignore K8S002\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n');
    const fixed = await client.diagnostics(uri, { version: v2 });
    assert.deepEqual(codes(fixed), ['SL002']);
    assert.equal(fixed[0]!.range.start.line, 0);
  });

  void it('an untitled YAML buffer with Kubernetes content is linted; other untitled text is not', async () => {
    const uri = 'untitled:Untitled-1';
    client.open(uri, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: x\n      securityContext:\n        privileged: true\n', 'yaml');
    assert.ok(find(await client.diagnostics(uri, { version: 1 }), 'K8S002'));
    const plain = 'untitled:Untitled-2';
    client.open(plain, 'apiVersion: v1\nkind: Pod\n', 'plaintext');
    assert.deepEqual(await client.diagnostics(plain, { version: 1 }), []);
  });

  void it('a sequence of incremental edits gives the same diagnostics as a fresh open of the final text', async () => {
    const uri = uriOf(file('k8s/edited.yaml'));
    const start = readFileSync(file('k8s/deployment.yaml'), 'utf8');
    client.open(uri, start);
    await client.diagnostics(uri, { version: 1 });
    // Rename the container, drop privileged, add a second container with a CRLF-free multi-line insert.
    client.change(uri, [{ range: { start: { line: 17, character: 16 }, end: { line: 17, character: 19 } }, text: 'api' }]);
    client.change(uri, [{ range: { start: { line: 20, character: 24 }, end: { line: 20, character: 28 } }, text: 'false' }]);
    client.change(uri, [{ range: { start: { line: 21, character: 0 }, end: { line: 22, character: 0 } }, text: '' }]);
    const last = client.change(uri, [{ range: { start: { line: 21, character: 0 }, end: { line: 21, character: 0 } }, text: '        - name: side\n          image: busybox:1.36\n          securityContext:\n            privileged: true\n' }]);
    const finalText = client.text(uri);
    assert.match(finalText, /name: api[\s\S]*privileged: false[\s\S]*name: side/);
    const incremental = await client.diagnostics(uri, { version: last });
    const fresh = uriOf(file('k8s/fresh.yaml'));
    client.open(fresh, finalText);
    const reference = await client.diagnostics(fresh, { version: 1 });
    assert.deepEqual(view(incremental), view(reference));
    const k8s002 = incremental.filter((d) => d.code === 'K8S002');
    assert.equal(k8s002.length, 1);
    assert.match(messageOf(k8s002[0]!), /"side"/);
  });

  void it('never publishes a stale version under 20 rapid edits, and the last publish is the last version', async () => {
    const uri = uriOf(file('k8s/rapid.yaml'));
    client.open(uri, readFileSync(file('k8s/deployment.yaml'), 'utf8'));
    await client.diagnostics(uri, { version: 1 });
    const since = client.mark();
    let version = 1;
    for (let i = 0; i < 20; i++) {
      // Toggle privileged on every edit, so each version has its own diagnostics.
      const value = i % 2 === 0 ? 'false' : 'true ';
      const line = client.text(uri).split('\n')[20]!;
      version = client.change(uri, [{ range: { start: { line: 20, character: 24 }, end: { line: 20, character: line.length } }, text: value }]);
    }
    await client.diagnostics(uri, { since, version });
    const sent = client.publishes.filter((p) => p.seq >= since && p.uri === uri);
    let previous = 0;
    for (const p of sent) {
      assert.ok(p.version !== undefined && p.version >= previous, `publish order ${sent.map((s) => s.version).join(',')}`);
      previous = p.version;
    }
    // v21 has `privileged: true ` (i = 19): K8S002 is there; nothing later overrides it.
    assert.equal(client.latest(uri)!.version, version);
    assert.ok(find(client.latest(uri)!.diagnostics, 'K8S002'));
  });

  void it('debounces edits per document (soc2lint.debounceMs) and drops superseded work', async () => {
    client.settings = { debounceMs: 150 };
    const since0 = client.mark();
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = uriOf(file('k8s/debounced.yaml'));
    client.open(uri, readFileSync(file('k8s/configmap.yaml'), 'utf8'));
    await client.diagnostics(uri, { version: 1, since: since0 });
    const since = client.mark();
    let version = 1;
    for (let i = 0; i < 5; i++) version = client.change(uri, [{ range: { start: { line: 6, character: 13 }, end: { line: 6, character: 13 } }, text: 'x' }]);
    await client.diagnostics(uri, { since, version });
    const sent = client.publishes.filter((p) => p.seq >= since && p.uri === uri);
    assert.deepEqual(sent.map((p) => p.version), [version], 'one publish for a burst of edits inside the debounce');
    client.settings = { debounceMs: 0 };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  void it('answers soc2lint/status with counts per severity and the indexing state', async () => {
    await client.indexed();
    const all = (await client.connection.sendRequest('soc2lint/status', {})) as StatusResult;
    assert.ok(all.errors >= 3, JSON.stringify(all));
    assert.ok(all.warnings >= 2, JSON.stringify(all));
    assert.equal(all.indexing, false);
    assert.ok(all.indexedFiles >= 1);
    assert.equal(all.ruleErrors, 0);
    const one = (await client.connection.sendRequest('soc2lint/status', { uri: uriOf(file('chart/values.yaml')) })) as StatusResult;
    assert.equal(one.documents, 1);
    assert.ok(one.warnings >= 1);
  });

  void it('closing a document clears its diagnostics', async () => {
    const uri = uriOf(file('Dockerfile'));
    const since = client.mark();
    client.close(uri);
    await client.diagnostics(uri, { since, test: (d) => d.length === 0 });
    const status = (await client.connection.sendRequest('soc2lint/status', { uri })) as StatusResult;
    assert.equal(status.documents, 0);
  });
});

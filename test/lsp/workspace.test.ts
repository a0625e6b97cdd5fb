/**
 * Configuration and cross-file behaviour of the built server: settings per resource and their
 * refresh, `.soc2lint.yaml` (reload, invalid file), the NetworkPolicy index across files (open and
 * on disk), workspace-scope diagnostics for closed files, and Restricted Mode.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { copyWorkspace, LspClient, messageOf, removeWorkspace, uriOf, view } from './client';

const has = (id: string) => (ds: Diagnostic[]) => ds.some((d) => d.code === id);
const lacks = (id: string) => (ds: Diagnostic[]) => !ds.some((d) => d.code === id);

const POLICY = (selector: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web-ingress\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: ${selector}\n  policyTypes: [Ingress]\n`;

void describe('soc2lint language server: settings and config file', () => {
  let root: string;
  let client: LspClient;
  const file = (rel: string) => join(root, rel);
  const configChanged = () => void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const watched = (rel: string, type: 1 | 2 | 3) => void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file(rel)), type }] });

  before(async () => {
    root = copyWorkspace('workspace');
    client = await LspClient.start({ root, settings: { debounceMs: 0 } });
    await client.indexed();
  });
  after(async () => {
    await client.stop();
    removeWorkspace(root);
  });

  void it('reads settings per resource and re-lints on didChangeConfiguration (rules off, severity override)', async () => {
    const uri = uriOf(file('k8s/deployment.yaml'));
    client.open(uri, readFileSync(file('k8s/deployment.yaml'), 'utf8'));
    await client.diagnostics(uri, { version: 1, test: has('K8S002') });
    assert.ok(client.configurationRequests.some((r) => r.scopeUri === uri && r.section === 'soc2lint'), 'settings asked with the document as scope');

    let since = client.mark();
    client.settings = { debounceMs: 0, rules: { K8S002: 'off', WS001: 'error' } };
    configChanged();
    const off = await client.diagnostics(uri, { since, test: lacks('K8S002') });
    assert.equal(off.find((d) => d.code === 'WS001')!.severity, 1, 'WS001 raised to error');

    since = client.mark();
    client.settings = { debounceMs: 0 };
    configChanged();
    await client.diagnostics(uri, { since, test: has('K8S002') });
  });

  void it('applies .soc2lint.yaml and reloads it when it changes; soc2lint.exclude hides a file', async () => {
    const uri = uriOf(file('k8s/deployment.yaml'));
    let since = client.mark();
    writeFileSync(file('.soc2lint.yaml'), 'rules:\n  K8S002: off\n');
    watched('.soc2lint.yaml', 1);
    await client.diagnostics(uri, { since, test: lacks('K8S002') });

    since = client.mark();
    writeFileSync(file('.soc2lint.yaml'), 'rules:\n  K8S002: warning\n');
    watched('.soc2lint.yaml', 2);
    const warned = await client.diagnostics(uri, { since, test: has('K8S002') });
    assert.equal(warned.find((d) => d.code === 'K8S002')!.severity, 2);

    since = client.mark();
    writeFileSync(file('.soc2lint.yaml'), 'exclude:\n  - k8s/**\n');
    watched('.soc2lint.yaml', 2);
    await client.diagnostics(uri, { since, test: (d) => d.length === 0 });

    since = client.mark();
    rmSync(file('.soc2lint.yaml'));
    watched('.soc2lint.yaml', 3);
    await client.diagnostics(uri, { since, test: has('K8S002') });
  });

  void it('an invalid .soc2lint.yaml gets an error diagnostic in that file, live while it is edited', async () => {
    const cfgUri = uriOf(file('.soc2lint.yaml'));
    let since = client.mark();
    writeFileSync(file('.soc2lint.yaml'), 'rules:\n  K8S002: of\n');
    watched('.soc2lint.yaml', 1);
    const bad = await client.diagnostics(cfgUri, { since, test: (d) => d.length > 0 });
    assert.equal(bad[0]!.severity, 1);
    assert.equal(bad[0]!.range.start.line, 1);
    assert.match(messageOf(bad[0]!), /K8S002 must be one of off, info, warning, error/);
    // The folder lints with defaults meanwhile (K8S002 is back).
    assert.ok(client.latest(uriOf(file('k8s/deployment.yaml')))!.diagnostics.some((d) => d.code === 'K8S002'));

    client.open(cfgUri, 'rules:\n  K8S002: of\n');
    since = client.mark();
    client.replaceAll(cfgUri, 'rules:\n  NOPE1: off\n');
    const unknown = await client.diagnostics(cfgUri, { since, test: (d) => d.length > 0 && /NOPE1/.test(messageOf(d[0]!)) });
    assert.equal(unknown[0]!.range.start.line, 1);
    since = client.mark();
    client.replaceAll(cfgUri, 'rules:\n  K8S002: warning\n');
    await client.diagnostics(cfgUri, { since, test: (d) => d.length === 0 });
    client.close(cfgUri);
    rmSync(file('.soc2lint.yaml'));
    watched('.soc2lint.yaml', 3);
  });
});

void describe('soc2lint language server: cross-file NetworkPolicy index', () => {
  let root: string;
  let client: LspClient;
  const file = (rel: string) => join(root, rel);

  before(async () => {
    root = copyWorkspace('workspace');
    client = await LspClient.start({ root, settings: { debounceMs: 0 } });
    await client.indexed();
  });
  after(async () => {
    await client.stop();
    removeWorkspace(root);
  });

  void it('a NetworkPolicy opened or edited in another file updates WS001 of an open Deployment at once', async () => {
    const deployment = uriOf(file('k8s/deployment.yaml'));
    client.open(deployment, readFileSync(file('k8s/deployment.yaml'), 'utf8'));
    await client.diagnostics(deployment, { version: 1, test: has('WS001') });

    let since = client.mark();
    const policy = uriOf(file('k8s/policy.yaml'));
    client.open(policy, POLICY('web'));
    await client.diagnostics(deployment, { since, test: lacks('WS001') });
    assert.equal(client.latest(deployment)!.version, 1, 're-linted at the same version');

    since = client.mark();
    client.replaceAll(policy, POLICY('other'));
    await client.diagnostics(deployment, { since, test: has('WS001') });

    since = client.mark();
    client.replaceAll(policy, POLICY('web'));
    await client.diagnostics(deployment, { since, test: lacks('WS001') });

    // Closing the unsaved policy: the disk (no such file) is the truth again.
    since = client.mark();
    client.close(policy);
    await client.diagnostics(deployment, { since, test: has('WS001') });
  });

  void it('a NetworkPolicy saved on disk (watched files) counts, and deleting it brings WS001 back', async () => {
    const deployment = uriOf(file('k8s/deployment.yaml'));
    let since = client.mark();
    writeFileSync(file('k8s/disk-policy.yaml'), POLICY('web'));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file('k8s/disk-policy.yaml')), type: 1 }] });
    await client.diagnostics(deployment, { since, test: lacks('WS001') });

    since = client.mark();
    rmSync(file('k8s/disk-policy.yaml'));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file('k8s/disk-policy.yaml')), type: 3 }] });
    await client.diagnostics(deployment, { since, test: has('WS001') });
  });

  void it('with diagnostics.scope "workspace" closed files get diagnostics, kept current by the index', async () => {
    const closed = uriOf(file('k8s/deployment.yaml'));
    client.close(closed);
    let since = client.mark();
    client.settings = { debounceMs: 0, diagnostics: { scope: 'workspace' } };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const published = await client.diagnostics(closed, { since, test: has('WS001') });
    assert.ok(published.some((d) => d.code === 'K8S002'));
    assert.equal(client.latest(closed)!.version, undefined, 'closed files are published without a version');
    await client.diagnostics(uriOf(file('Dockerfile')), { since, test: has('DF001') });
    await client.diagnostics(uriOf(file('chart/values.yaml')), { since, test: has('HV005') });

    since = client.mark();
    const policy = uriOf(file('k8s/policy.yaml'));
    client.open(policy, POLICY('web'));
    await client.diagnostics(closed, { since, test: lacks('WS001') });
    client.close(policy);

    since = client.mark();
    client.settings = { debounceMs: 0 };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(closed, { since, test: (d) => d.length === 0 });
  });
});

void describe('soc2lint language server: untrusted workspace', () => {
  let root: string;
  let client: LspClient;
  const file = (rel: string) => join(root, rel);

  before(async () => {
    root = copyWorkspace('workspace');
    writeFileSync(file('.soc2lint.yaml'), 'rules:\n  K8S002: off\nexclude: [chart/**]\n');
    client = await LspClient.start({
      root,
      settings: { debounceMs: 0, rules: { WS001: 'off', DF001: 'warning', K8S002: 'error' }, exclude: ['k8s/**'] },
      initializationOptions: { untrustedWorkspace: true },
    });
    await client.indexed();
  });
  after(async () => {
    await client.stop();
    removeWorkspace(root);
  });

  void it('ignores .soc2lint.yaml, soc2lint.exclude and weakening rule settings, and says so in the config file', async () => {
    const note = await client.diagnostics(uriOf(file('.soc2lint.yaml')), { test: (d) => d.length > 0 });
    assert.match(messageOf(note[0]!), /untrusted workspace/);
    const uri = uriOf(file('k8s/deployment.yaml'));
    client.open(uri, readFileSync(file('k8s/deployment.yaml'), 'utf8'));
    const ds = await client.diagnostics(uri, { version: 1 });
    assert.ok(ds.some((d) => d.code === 'K8S002'), view(ds).join('\n'));
    assert.ok(ds.some((d) => d.code === 'WS001'), 'WS001: off is ignored');
    const docker = uriOf(file('Dockerfile'));
    client.open(docker, readFileSync(file('Dockerfile'), 'utf8'), 'dockerfile');
    const df = await client.diagnostics(docker, { version: 1 });
    assert.equal(df.find((d) => d.code === 'DF001')!.severity, 1, 'lowering DF001 to warning is ignored');
    assert.ok(client.logs.some((l) => /untrusted workspace/.test(l.message)));
  });
});

void describe('soc2lint language server: cancelling the workspace walk', () => {
  let root: string;
  let client: LspClient;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'soc2lint-lsp-big-'));
    const deployment = readFileSync(join(__dirname, '..', 'fixtures', 'lsp', 'workspace', 'k8s', 'deployment.yaml'), 'utf8');
    for (let d = 0; d < 30; d++) {
      mkdirSync(join(root, `svc${d}`));
      for (let f = 0; f < 50; f++) writeFileSync(join(root, `svc${d}`, `m${f}.yaml`), `${deployment}---\n${deployment.replace('name: web', 'name: web2')}`);
    }
  });
  after(async () => {
    await client?.stop();
    removeWorkspace(root);
  });

  void it('stops when the client cancels the progress, and says so', async () => {
    client = await LspClient.start({ root, settings: { debounceMs: 0 } });
    await client.waitUntil(() => client.progress.some((p) => p.value.kind === 'begin'), 'progress begin');
    const token = client.progress.find((p) => p.value.kind === 'begin')!.token;
    void client.connection.sendNotification('window/workDoneProgress/cancel', { token });
    await client.indexed(30_000);
    const end = client.indexing.find((n) => n.state === 'end');
    assert.ok(end && end.state === 'end');
    assert.equal(end.cancelled, true);
    assert.ok(end.files < 1500, `stopped early (${end.files} files indexed)`);
    // Still serving.
    const uri = uriOf(join(root, 'svc0', 'm0.yaml'));
    client.open(uri, readFileSync(join(root, 'svc0', 'm0.yaml'), 'utf8'));
    assert.ok((await client.diagnostics(uri, { version: 1 })).some((d) => d.code === 'K8S002'));
  });
});

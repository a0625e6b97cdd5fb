/**
 * Helm values overlays in the built language server: an open `values-prod.yaml` gets the findings of
 * the chart's templates evaluated with it on top of values.yaml, on the overlay key that sets the
 * value (the template line as related information), as the user types; its quick fix edits the
 * overlay; editing values.yaml lints the open overlay again. A subchart's template sees the parent's
 * values under its key.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-types';
import { SUB_POD_TEMPLATE } from '../helm/tester';
import { serverOnTree, uriOf } from './client';

const has = (id: string) => (ds: Diagnostic[]) => ds.some((d) => d.code === id);
const lacks = (id: string) => (ds: Diagnostic[]) => !ds.some((d) => d.code === id);

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          securityContext: {{- toYaml .Values.securityContext | nindent 12 }}
`;
const VALUES = 'securityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false\n';
const PROD = '# production\nreplicaCount: 3\nsecurityContext:\n  privileged: true\n';

void describe('soc2lint language server: Helm values overlays', () => {
  const server = serverOnTree({
    'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\ndependencies:\n  - name: sub\n    alias: worker\n    version: 0.1.0\n',
    'chart/values.yaml': `${VALUES}worker:\n  securityContext:\n    privileged: true\n`,
    'chart/values-prod.yaml': PROD,
    'chart/templates/deployment.yaml': DEPLOYMENT,
    'chart/charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
    'chart/charts/sub/values.yaml': 'securityContext:\n  privileged: false\n',
    'chart/charts/sub/templates/pod.yaml': SUB_POD_TEMPLATE,
  });
  const file = (rel: string) => server.file(rel);

  void it('an open overlay gets the template finding on the key it sets, with the template as related information', async () => {
    const uri = uriOf(file('chart/values-prod.yaml'));
    server.client.open(uri, PROD);
    const ds = await server.client.diagnostics(uri, { version: 1, test: has('K8S002') });
    const d = ds.find((x) => x.code === 'K8S002')!;
    assert.deepEqual(d.range, { start: { line: 3, character: 14 }, end: { line: 3, character: 18 } });
    assert.deepEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]), [[uriOf(file('chart/templates/deployment.yaml')), 14]]);
    // What values.yaml alone causes is reported on the template, not again in the overlay.
    assert.ok(!ds.some((x) => x.code === 'K8S010' || x.code === 'K8S007'), ds.map((x) => x.code).join(' '));
  });

  void it('the quick fix edits the overlay', async () => {
    const uri = uriOf(file('chart/values-prod.yaml'));
    const ds = await server.client.diagnostics(uri, { test: has('K8S002') });
    const diagnostic = ds.find((x) => x.code === 'K8S002')!;
    const actions = (await server.client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.title, 'Set privileged: false');
    const changes = fix.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(changes.map((c) => c.textDocument.uri), [uri]);
    assert.deepEqual(changes[0]!.edits.map((e) => [e.range.start.line, e.range.start.character, 'newText' in e ? e.newText : undefined]), [[3, 14, 'false']]);
  });

  void it('typing in the overlay updates its findings; editing values.yaml lints the open overlay again', async () => {
    const uri = uriOf(file('chart/values-prod.yaml'));
    server.client.replaceAll(uri, PROD.replace('privileged: true', 'privileged: false'));
    await server.client.diagnostics(uri, { version: server.client.version(uri), test: lacks('K8S002') });
    server.client.replaceAll(uri, PROD);
    await server.client.diagnostics(uri, { version: server.client.version(uri), test: has('K8S002') });
    // values.yaml now sets readOnlyRootFilesystem: false; the overlay's securityContext merges with it.
    const valuesUri = uriOf(file('chart/values.yaml'));
    server.client.open(valuesUri, `${VALUES}worker:\n  securityContext:\n    privileged: true\n`);
    const since = server.client.mark();
    const overlayVersion = server.client.version(uri);
    server.client.replaceAll(valuesUri, `${VALUES.replace('runAsNonRoot: true', 'runAsNonRoot: true\n  readOnlyRootFilesystem: false')}worker:\n  securityContext:\n    privileged: true\n`);
    const after = await server.client.diagnostics(uri, { since, test: has('K8S002') });
    assert.equal(server.client.version(uri), overlayVersion, 'the overlay itself did not change');
    assert.ok(after.some((x) => x.code === 'K8S002'));
  });

  void it('editing a template lints the open overlay again (its findings come from the templates)', async () => {
    const uri = uriOf(file('chart/values-prod.yaml'));
    await server.client.diagnostics(uri, { version: server.client.version(uri), test: has('K8S002') });
    const template = uriOf(file('chart/templates/deployment.yaml'));
    server.client.open(template, DEPLOYMENT, 'helm');
    let since = server.client.mark();
    // The template no longer prints .Values.securityContext: the overlay's privileged: true renders nowhere.
    server.client.replaceAll(template, DEPLOYMENT.replace('{{- toYaml .Values.securityContext | nindent 12 }}', '{privileged: false}'));
    await server.client.diagnostics(uri, { since, test: lacks('K8S002') });
    since = server.client.mark();
    server.client.replaceAll(template, DEPLOYMENT);
    await server.client.diagnostics(uri, { since, test: has('K8S002') });
    server.client.close(template);
  });

  void it("a subchart's template sees the parent's values under the dependency's alias", async () => {
    const uri = uriOf(file('chart/charts/sub/templates/pod.yaml'));
    server.client.open(uri, SUB_POD_TEMPLATE, 'helm');
    const ds = await server.client.diagnostics(uri, { version: 1, test: has('K8S002') });
    const d = ds.find((x) => x.code === 'K8S002')!;
    // values.yaml as open in the editor (the test above added a line): `worker.securityContext.privileged`.
    const line = server.client.text(uriOf(file('chart/values.yaml'))).split('\n').indexOf('    privileged: true');
    assert.deepEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]), [[uriOf(file('chart/values.yaml')), line]]);
  });

  void it("editing the parent's values.yaml lints an open subchart template again only when its key (or global) changed", async () => {
    const uri = uriOf(file('chart/charts/sub/templates/pod.yaml'));
    const valuesUri = uriOf(file('chart/values.yaml'));
    const overlay = uriOf(file('chart/values-prod.yaml'));
    const text = server.client.text(valuesUri);
    // A key of the parent's own: the open overlay is linted again, the subchart template is not.
    let since = server.client.mark();
    server.client.replaceAll(valuesUri, `replicaCount: 2\n${text}`);
    await server.client.diagnostics(overlay, { since });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(server.client.latest(uri)!.seq < since, true, 'the subchart template was not linted again');
    // Its key: linted again with the new value.
    since = server.client.mark();
    server.client.replaceAll(valuesUri, `replicaCount: 2\n${text.replace('worker:\n  securityContext:\n    privileged: true', 'worker:\n  securityContext:\n    privileged: false')}`);
    await server.client.diagnostics(uri, { since, test: lacks('K8S002') });
  });
});

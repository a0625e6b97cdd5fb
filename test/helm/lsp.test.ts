/**
 * Helm charts in the built language server: an open template gets diagnostics evaluated against
 * the chart's values.yaml (relatedInformation pointing at the values key), its quick fix is a
 * workspace edit of values.yaml (versioned when that file is open), and editing values.yaml re-lints
 * the open templates that read the changed key, and only those.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-types';
import { serverOnTree, uriOf } from '../lsp/client';

const has = (id: string) => (ds: Diagnostic[]) => ds.some((d) => d.code === id);
const lacks = (id: string) => (ds: Diagnostic[]) => !ds.some((d) => d.code === id);

const POD = (name: string, key: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext: {{- toYaml .Values.${key} | nindent 8 }}
`;
const VALUES = 'web:\n  privileged: true\nother:\n  privileged: false\n';

void describe('soc2lint language server: Helm charts', () => {
  const server = serverOnTree({
    'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
    'chart/values.yaml': VALUES,
    'chart/templates/web.yaml': POD('web', 'web'),
    'chart/templates/other.yaml': POD('other', 'other'),
    'chart/templates/_helpers.tpl': '{{- define "x" }}privileged: true{{- end }}\n',
  });
  const file = (rel: string) => server.file(rel);

  void it('a template gets diagnostics from its values, with the values key as related information', async () => {
    const uri = uriOf(file('chart/templates/web.yaml'));
    server.client.open(uri, POD('web', 'web'), 'helm');
    const ds = await server.client.diagnostics(uri, { version: 1, test: has('K8S002') });
    const d = ds.find((x) => x.code === 'K8S002')!;
    assert.deepEqual(d.range, { start: { line: 8, character: 23 }, end: { line: 8, character: 60 } });
    assert.deepEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]), [[uriOf(file('chart/values.yaml')), 1]]);
    assert.ok(!ds.some((x) => x.code === 'SL001'), 'no syntax errors for template actions');

    const helpers = uriOf(file('chart/templates/_helpers.tpl'));
    server.client.open(helpers, '{{- define "x" }}privileged: true{{- end }}\n', 'helm');
    assert.deepEqual(await server.client.diagnostics(helpers, { version: 1 }), []);
  });

  void it('the quick fix edits values.yaml (versioned: the file is open), not the template', async () => {
    const uri = uriOf(file('chart/templates/web.yaml'));
    const valuesUri = uriOf(file('chart/values.yaml'));
    server.client.open(valuesUri, VALUES);
    const ds = await server.client.diagnostics(uri, { test: has('K8S002') });
    const diagnostic = ds.find((x) => x.code === 'K8S002')!;
    const actions = (await server.client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.title, 'Set privileged: false');
    const changes = fix.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(changes.map((c) => [c.textDocument.uri, c.textDocument.version]), [[valuesUri, server.client.version(valuesUri)]]);
    assert.deepEqual(changes[0]!.edits.map((e) => [e.range.start.line, 'newText' in e ? e.newText : undefined]), [[1, 'false']]);
  });

  void it('editing values.yaml re-lints the open templates that read the changed key, and only those', async () => {
    const web = uriOf(file('chart/templates/web.yaml'));
    const other = uriOf(file('chart/templates/other.yaml'));
    const valuesUri = uriOf(file('chart/values.yaml'));
    server.client.open(other, POD('other', 'other'), 'helm');
    await server.client.diagnostics(other, { version: 1, test: lacks('K8S002') });
    const webVersion = server.client.version(web);
    const before = server.client.publishes.filter((p) => p.uri === other).length;
    const since = server.client.mark();
    server.client.replaceAll(valuesUri, VALUES.replace('privileged: true', 'privileged: false'));
    const after = await server.client.diagnostics(web, { since, test: lacks('K8S002') });
    assert.ok(!after.some((x) => x.code === 'K8S002'));
    assert.equal(server.client.version(web), webVersion, 'the template itself did not change');
    // `other` reads only `.Values.other`, which did not change: no new run for it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(server.client.publishes.filter((p) => p.uri === other).length, before, 'a template that does not read the changed key is not linted again');
  });

  void it('fix-all in values.yaml applies the fixes the chart\'s templates ask of it, as scan --fix does', async () => {
    const valuesUri = uriOf(file('chart/values.yaml'));
    server.client.replaceAll(valuesUri, VALUES);
    const whole = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };
    const actions = (await server.client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: valuesUri }, range: whole, context: { diagnostics: [], only: ['source.fixAll.soc2lint'] } })) as CodeAction[];
    assert.equal(actions.length, 1, actions.map((a) => a.title).join(' | '));
    const change = (actions[0]!.edit!.documentChanges as TextDocumentEdit[])[0]!;
    assert.equal(change.textDocument.uri, valuesUri);
    const after = TextDocument.applyEdits(TextDocument.create(valuesUri, 'yaml', 0, VALUES), change.edits.map((e) => ({ range: e.range, newText: 'newText' in e ? e.newText : '' })));
    // The same text `scan --fix` writes: every safe fix the templates ask for, in values.yaml.
    assert.match(after, /^web:\n {2}privileged: false\n/);
    assert.match(after, /^ {2}allowPrivilegeEscalation: false$/m);
  });
});

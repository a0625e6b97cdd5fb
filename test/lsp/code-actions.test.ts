/**
 * Code actions round-trip through the built server: request the actions for a published
 * diagnostic, apply the edit as a client would (versioned document changes), and check that the
 * re-lint no longer reports the finding.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { copyWorkspace, LspClient, removeWorkspace, uriOf, view } from './client';

type DocumentChange = TextDocumentEdit | { kind: 'create'; uri: string };

const isTextEdit = (c: DocumentChange): c is TextDocumentEdit => !('kind' in c);

void describe('soc2lint language server: code actions', () => {
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

  async function openAndGet(rel: string, languageId = 'yaml', text = readFileSync(file(rel), 'utf8')): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = uriOf(file(rel));
    client.open(uri, text, languageId);
    return { uri, diagnostics: await client.diagnostics(uri, { version: 1 }) };
  }

  function actionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as Promise<CodeAction[]>;
  }

  /** Applies an action's edit to the open document (checking the version it names) and waits for the re-lint. */
  async function apply(uri: string, action: CodeAction): Promise<Diagnostic[]> {
    const changes = (action.edit?.documentChanges ?? []) as DocumentChange[];
    assert.equal(changes.length, 1, JSON.stringify(action.edit));
    const change = changes[0]!;
    assert.ok(isTextEdit(change));
    assert.equal(change.textDocument.uri, uri);
    assert.equal(change.textDocument.version, client.version(uri), 'edits carry the document version');
    const version = client.applyEdits(uri, change.edits as TextEdit[]);
    return client.diagnostics(uri, { version });
  }

  const byCode = (ds: Diagnostic[], id: string) => ds.find((d) => d.code === id);

  void it('offers the fix as the preferred quick fix and applying it removes the finding (K8S002)', async () => {
    const { uri, diagnostics } = await openAndGet('k8s/deployment.yaml');
    const k8s002 = byCode(diagnostics, 'K8S002')!;
    const actions = await actionsFor(uri, k8s002);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Suppress K8S002 on this line'), titles.join('\n'));
    assert.ok(titles.includes('Suppress K8S002 in this file'));
    const docs = actions.find((a) => a.title === 'Show documentation for K8S002');
    assert.ok(docs?.command);
    assert.equal(docs.command.command, 'soc2lint.showDocumentation');
    assert.match((docs.command.arguments![0] as { url: string }).url, /K8S002\.md$/);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0]!.kind, 'quickfix');
    const after = await apply(uri, preferred[0]!);
    assert.equal(byCode(after, 'K8S002'), undefined, view(after).join('\n'));
    assert.match(client.text(uri), /privileged: false/);
    client.close(uri);
  });

  void it('applies the DF001 fix in a Dockerfile', async () => {
    const { uri, diagnostics } = await openAndGet('Dockerfile', 'dockerfile');
    const fix = (await actionsFor(uri, byCode(diagnostics, 'DF001')!)).find((a) => a.isPreferred)!;
    const after = await apply(uri, fix);
    assert.equal(byCode(after, 'DF001'), undefined);
    assert.match(client.text(uri), /^USER /m);
    client.close(uri);
  });

  void it('offers suggestions as non-preferred quick fixes (HV005) that remove the finding when applied', async () => {
    const { uri, diagnostics } = await openAndGet('chart/values.yaml');
    const actions = await actionsFor(uri, byCode(diagnostics, 'HV005')!);
    const suggestion = actions.find((a) => a.title.startsWith('Enable the chart'));
    assert.ok(suggestion, actions.map((a) => a.title).join('\n'));
    assert.notEqual(suggestion.isPreferred, true);
    const after = await apply(uri, suggestion);
    assert.equal(byCode(after, 'HV005'), undefined);
    client.close(uri);
  });

  void it('"Suppress on this line" inserts an ignore comment at the line\'s indentation; once its reason is written it silences the finding', async () => {
    const text = readFileSync(file('k8s/deployment.yaml'), 'utf8');
    const { uri, diagnostics } = await openAndGet('k8s/suppress-line.yaml', 'yaml', text);
    const action = (await actionsFor(uri, byCode(diagnostics, 'K8S002')!)).find((a) => a.title === 'Suppress K8S002 on this line')!;
    const inserted = await apply(uri, action);
    const lines = client.text(uri).split('\n');
    assert.equal(lines[20], '            # soc2lint-ignore K8S002: <reason>');
    assert.equal(lines[21], '            privileged: true');
    // The placeholder is not a reason: the finding stays and SL002 asks for one.
    assert.ok(byCode(inserted, 'K8S002'));
    assert.ok(byCode(inserted, 'SL002'));
    const at = lines[20]!.indexOf('<reason>');
    const version = client.change(uri, [{ range: { start: { line: 20, character: at }, end: { line: 20, character: at + '<reason>'.length } }, text: 'needs /dev/fuse, SEC-142' }]);
    const after = await client.diagnostics(uri, { version });
    assert.equal(byCode(after, 'K8S002'), undefined);
    assert.equal(byCode(after, 'SL002'), undefined);
    assert.ok(byCode(after, 'WS001'), 'other findings stay');
  });

  void it('"Suppress in this file" keeps a Dockerfile\'s parser directive first', async () => {
    const { uri, diagnostics } = await openAndGet('Dockerfile.suppress', 'dockerfile', readFileSync(file('Dockerfile'), 'utf8'));
    const action = (await actionsFor(uri, byCode(diagnostics, 'DF001')!)).find((a) => a.title === 'Suppress DF001 in this file')!;
    await apply(uri, action);
    const lines = client.text(uri).split('\n');
    assert.equal(lines[0], '# syntax=docker/dockerfile:1');
    assert.equal(lines[1], '# soc2lint-ignore-file DF001: <reason>');
    const version = client.change(uri, [{ range: { start: { line: 1, character: 30 }, end: { line: 1, character: 38 } }, text: 'base image runs as nobody' }]);
    assert.equal(byCode(await client.diagnostics(uri, { version }), 'DF001'), undefined);
  });

  void it('offers no suppression for SL findings (they cannot be suppressed)', async () => {
    const { uri, diagnostics } = await openAndGet('k8s/broken.yaml', 'yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: [\n');
    const sl001 = byCode(diagnostics, 'SL001')!;
    const titles = (await actionsFor(uri, sl001)).map((a) => a.title);
    assert.deepEqual(titles, ['Show documentation for SL001']);
  });

  void it('source.fixAll.soc2lint applies every safe fix until stable, in one versioned edit', async () => {
    const text = readFileSync(file('k8s/deployment.yaml'), 'utf8') + '---\n' + readFileSync(file('k8s/deployment.yaml'), 'utf8').replace('name: web', 'name: web2');
    const { uri, diagnostics } = await openAndGet('k8s/fixall.yaml', 'yaml', text);
    assert.equal(diagnostics.filter((d) => d.code === 'K8S002').length, 2);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.soc2lint']);
    const after = await apply(uri, actions[0]!);
    assert.equal(after.filter((d) => (d.data as { fixable?: boolean } | undefined)?.fixable).length, 0, view(after).join('\n'));
    assert.equal(byCode(after, 'K8S002'), undefined);
    // Quick-fix requests do not get the source action, and a file with nothing to fix gets none.
    const none = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.soc2lint'] },
    })) as CodeAction[];
    assert.deepEqual(none, []);
  });

  void it('the WS001 suggestion creates a NetworkPolicy file; once it exists the finding goes away', async () => {
    const { uri, diagnostics } = await openAndGet('k8s/deployment.yaml');
    const ws001 = byCode(diagnostics, 'WS001')!;
    const action = (await actionsFor(uri, ws001)).find((a) => a.title.startsWith('Create a default-deny'));
    assert.ok(action, 'create-file suggestion offered');
    const changes = action.edit!.documentChanges as DocumentChange[];
    const create = changes.find((c): c is { kind: 'create'; uri: string } => 'kind' in c && c.kind === 'create');
    assert.ok(create);
    const insert = changes.find((c): c is TextDocumentEdit => isTextEdit(c) && c.textDocument.uri === create.uri);
    assert.ok(insert);
    assert.equal(insert.textDocument.version, null);
    // Apply as VS Code does: create the file, write the text; the watcher reports it.
    const since = client.mark();
    const path = fileURLToPath(create.uri);
    writeFileSync(path, (insert.edits[0] as TextEdit).newText);
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: create.uri, type: 1 }] });
    const relinted = await client.diagnostics(uri, { since, test: (d) => !byCode(d, 'WS001') });
    assert.ok(byCode(relinted, 'K8S002'));
  });
});

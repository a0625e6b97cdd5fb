/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActions, DOCKERFILE, expectDiagnostics, expectations, fullRange, HELM_VALUES, MANIFEST, open, uriOf, waitFor } from './helpers';

const FIX_ALL = 'source.fixAll.soc2lint';

describe('source.fixAll.soc2lint', () => {
  it(`${DOCKERFILE}: editor.action.codeAction applies every safe fix, as soc2lint scan --fix does`, async () => {
    const editor = await open(DOCKERFILE);
    const want = expectations().files[DOCKERFILE];
    assert.ok(want);
    await expectDiagnostics(uriOf(DOCKERFILE), want.findings);
    // The command acts on the focused editor; on a loaded machine focus can still be moving when it
    // runs (seen once in CI: nothing applied). Re-focus and retry a few times before judging.
    for (let attempt = 0; attempt < 3 && editor.document.getText() !== want.fixAllText; attempt++) {
      await vscode.window.showTextDocument(editor.document, { preview: false, preserveFocus: false });
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL, apply: 'first' });
      await waitFor('the fix-all edit', () => editor.document.getText() === want.fixAllText, 5_000).catch(() => undefined);
    }
    assert.equal(editor.document.getText(), want.fixAllText);
    assert.equal(await editor.document.save(), true);
    await expectDiagnostics(uriOf(DOCKERFILE), want.afterFixAll);
  });

  for (const rel of [MANIFEST, HELM_VALUES]) {
    it(`${rel}: vscode.executeCodeActionProvider(kind ${FIX_ALL}) returns one edit that fixes the file`, async () => {
      const editor = await open(rel);
      const want = expectations().files[rel];
      assert.ok(want);
      await expectDiagnostics(uriOf(rel), want.findings);
      const actions = (await codeActions(uriOf(rel), fullRange(editor.document), FIX_ALL)).filter((a) => a.kind?.value === FIX_ALL);
      assert.equal(actions.length, 1, `actions of kind ${FIX_ALL}: ${actions.map((a) => a.title).join(' | ')}`);
      const [action] = actions;
      assert.ok(action?.edit, 'the fix-all action carries an edit');
      assert.equal(await vscode.workspace.applyEdit(action.edit), true);
      assert.equal(editor.document.getText(), want.fixAllText);
      assert.equal(await editor.document.save(), true);
      await expectDiagnostics(uriOf(rel), want.afterFixAll);
    });
  }
});

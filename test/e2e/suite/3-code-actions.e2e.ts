/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActions, expectDiagnostics, expectations, FILES, MANIFEST, open, ruleIdOf, uriOf, waitForDiagnostics } from './helpers';

const isQuickFix = (a: vscode.CodeAction) => a.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(a.kind);

describe('code actions', () => {
  for (const rel of FILES) {
    it(`${rel}: a preferred quick fix for every fixable finding, a suppression for every finding`, async () => {
      const expected = expectations().files[rel]?.findings ?? [];
      await open(rel);
      const diagnostics = await expectDiagnostics(uriOf(rel), expected);
      for (const d of diagnostics) {
        const id = ruleIdOf(d);
        const line = d.range.start.line + 1;
        const fixable = expected.find((f) => f.ruleId === id && f.line === line)?.fixable ?? false;
        const actions = await codeActions(uriOf(rel), d.range);
        const titles = actions.map((a) => `${a.title} [${a.kind?.value ?? '-'}${a.isPreferred ? ', preferred' : ''}${a.edit ? ', edit' : ''}]`).join(' | ');
        // Note: vscode.executeCodeActionProvider does not hand back `CodeAction.diagnostics`, so the
        // action is matched by the diagnostic's range it was asked for.
        const preferred = actions.filter((a) => isQuickFix(a) && a.isPreferred && a.edit);
        if (fixable) assert.equal(preferred.length > 0, true, `${id} at line ${line}: no preferred quick fix among: ${titles}`);
        assert.ok(actions.some((a) => /suppress/i.test(a.title) && a.title.includes(id)), `${id} at line ${line}: no "Suppress ${id}" action among: ${titles}`);
      }
    });
  }

  it(`${MANIFEST}: applying the K8S002 quick fix removes the finding`, async () => {
    const editor = await open(MANIFEST);
    const uri = uriOf(MANIFEST);
    const original = editor.document.getText();
    const diagnostics = await expectDiagnostics(uri, expectations().files[MANIFEST]?.findings ?? []);
    const target = diagnostics.find((d) => ruleIdOf(d) === 'K8S002');
    assert.ok(target, 'K8S002 diagnostic');
    const fix = (await codeActions(uri, target.range)).find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, 'K8S002 preferred fix');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.notEqual(editor.document.getText(), original);
    const after = await waitForDiagnostics(uri, (d) => !d.some((x) => ruleIdOf(x) === 'K8S002'));
    assert.deepEqual(after.filter((d) => ruleIdOf(d) === 'K8S002'), [], 'K8S002 still reported after its fix');
    // Back to the file's text for the next tests (the document stays unsaved).
    const restore = new vscode.WorkspaceEdit();
    restore.replace(uri, new vscode.Range(0, 0, editor.document.lineCount, 0), original);
    await vscode.workspace.applyEdit(restore);
    await editor.document.save();
  });
});

/**
 * Shared helpers of the extension-host suite. Expectations are written by the runner (the CLI's view
 * of the same files) into `e2e-expected.json` next to the workspace folder.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const DOCKERFILE = 'Dockerfile';
export const MANIFEST = 'k8s/api.yaml';
export const HELM_VALUES = 'charts/webapp/values.yaml';
export const FILES = [DOCKERFILE, MANIFEST, HELM_VALUES] as const;

export interface ExpectedFinding {
  ruleId: string;
  /** 1-based. */
  line: number;
  fixable: boolean;
}

export interface Expectations {
  files: Record<string, { findings: ExpectedFinding[]; fixAllText: string; afterFixAll: ExpectedFinding[] }>;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder (a copy of examples/demo)');
  return folder.uri;
}

let cached: Expectations | undefined;
export function expectations(): Expectations {
  const file = process.env.SOC2LINT_E2E_EXPECTED ?? join(workspaceRoot().fsPath, '..', 'e2e-expected.json');
  cached ??= JSON.parse(readFileSync(file, 'utf8')) as Expectations;
  return cached;
}

export function uriOf(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

export async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uriOf(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function ruleIdOf(d: vscode.Diagnostic): string {
  const code = d.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'soc2lint');
}

/** `RULE@line` keys (1-based lines), sorted: the shape compared with the CLI's findings. */
export function keys(list: readonly ({ ruleId: string; line: number } | vscode.Diagnostic)[]): string[] {
  return list
    .map((x) => (x instanceof vscode.Diagnostic ? `${ruleIdOf(x)}@${x.range.start.line + 1}` : `${x.ruleId}@${x.line}`))
    .sort();
}

/**
 * Waits until the file's soc2lint diagnostics satisfy `done` (diagnostics arrive asynchronously,
 * after a debounce and the workspace index) and returns the last ones seen either way.
 */
export async function waitForDiagnostics(uri: vscode.Uri, done: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = ours(uri);
    if (done(current) || Date.now() > deadline) return current;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Waits until the diagnostics equal `expected` (as RULE@line keys) and asserts it. */
export async function expectDiagnostics(uri: vscode.Uri, expected: readonly ExpectedFinding[], timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  const want = keys(expected);
  const got = await waitForDiagnostics(uri, (d) => JSON.stringify(keys(d)) === JSON.stringify(want), timeoutMs);
  assert.deepEqual(keys(got), want, `diagnostics of ${vscode.workspace.asRelativePath(uri)} (editor vs soc2lint scan)`);
  return got;
}

export async function waitFor(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.all.find((e) => {
    const pkg = e.packageJSON as { name?: string; publisher?: string };
    return pkg.name === 'soc2lint' && pkg.publisher === 'soc2lint';
  });
  assert.ok(ext, 'the soc2lint extension is not loaded');
  return ext;
}

export function fullRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);
}

/** Code actions at `range`, with lazily computed edits resolved (codeAction/resolve), commands left out. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind, 1000);
  return (result ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/**
 * Code actions (STYLE.md §5). Per soc2lint diagnostic: the rule's fix (preferred), each suggestion,
 * "Suppress <ID> on this line", "Suppress <ID> in this file" and "Show documentation for <ID>".
 * On request (`only` = source.fixAll[.soc2lint], e.g. `editor.codeActionsOnSave`): every safe fix,
 * applied until the text is stable exactly as `soc2lint scan --fix` does. Edits name the document
 * version they were computed for, so a client applies them only to that text.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  Command,
  CreateFile,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { ruleDocsUrl } from '../engine/config';
import { LineIndex } from '../engine/positions';
import type { Finding, Fix, Range, TextEdit } from '../engine/types';
import { fixUntilStable } from '../workspace/fix-loop';
import { engineUriToLsp, hasEdits, isDiagnosticData, SOURCE } from './diagnostics';
import type { Linter, LintOutcome } from './linter';
import { FIX_ALL_KIND, SHOW_DOCUMENTATION_COMMAND, type ShowDocumentationArgs } from './protocol';
import { fileSuppressionEdit, lineSuppressionEdit } from './suppress';

export interface EditCapabilities {
  /** The client applies `documentChanges` (versioned edits). */
  documentChanges: boolean;
  /** The client can create files in a workspace edit. */
  createFiles: boolean;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * The finding behind a diagnostic. By index when the diagnostic is from the version linted; after an
 * edit (the client moved the diagnostic with the text) by rule id and range in the current result.
 */
export function findingOf(outcome: LintOutcome, diagnostic: Diagnostic): Finding | undefined {
  const data = diagnostic.data;
  if (diagnostic.source !== SOURCE || !isDiagnosticData(data) || !outcome.result) return undefined;
  const findings = outcome.result.findings;
  const byIndex = data.version === outcome.version ? findings[data.index] : undefined;
  if (byIndex && byIndex.ruleId === data.ruleId && sameRange(byIndex.range, diagnostic.range)) return byIndex;
  return findings.find((f) => f.ruleId === data.ruleId && sameRange(f.range, diagnostic.range));
}

export async function provideCodeActions(params: CodeActionParams, linter: Linter, caps: EditCapabilities): Promise<CodeAction[]> {
  const outcome = await linter.current(params.textDocument.uri);
  if (!outcome?.result || !outcome.parsed || !outcome.config) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(outcome, diagnostic);
      if (finding) actions.push(...actionsFor(finding, diagnostic, outcome, caps, (u) => linter.openVersion(u)));
    }
  }
  // Source actions only when asked for: they are whole-file operations, not lightbulb entries.
  if (only && wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(outcome, linter, caps);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function actionsFor(finding: Finding, diagnostic: Diagnostic, outcome: LintOutcome, caps: EditCapabilities, versionOf: (uri: string) => number | null): CodeAction[] {
  const { uri, version, parsed } = outcome;
  const id = finding.ruleId;
  const actions: CodeAction[] = [];
  if (finding.fix && hasEdits(finding.fix)) {
    actions.push({ title: finding.fix.title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic], edit: fixEdit(outcome, finding.fix, caps, versionOf) });
  }
  for (const suggestion of finding.suggestions ?? []) {
    const edit = suggestion.fileEdits?.length ? fixEdit(outcome, suggestion, caps, versionOf) : suggestionEdit(outcome, suggestion, caps);
    if (edit) actions.push({ title: suggestion.title, kind: CodeActionKind.QuickFix, isPreferred: false, diagnostics: [diagnostic], edit });
  }
  // SL findings are about suppressions themselves and cannot be suppressed (the engine ignores it).
  if (parsed && !id.startsWith('SL')) {
    actions.push({
      title: `Suppress ${id} on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: documentEdit(uri, version, [lineSuppressionEdit(parsed.lines, parsed.kind, parsed.dockerfile, finding.range, id)], caps),
    });
    actions.push({
      title: `Suppress ${id} in this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: documentEdit(uri, version, [fileSuppressionEdit(parsed.lines, id)], caps),
    });
  }
  const args: ShowDocumentationArgs = { ruleId: id, url: ruleDocsUrl(outcome.config!.lint, id) };
  actions.push({ title: `Show documentation for ${id}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: Command.create(`Show documentation for ${id}`, SHOW_DOCUMENTATION_COMMAND, args) });
  return actions;
}

/**
 * A fix as a workspace edit: the document's own edits plus edits to other files (a Helm template's
 * fix edits the chart's values.yaml), each versioned when that file is open.
 */
function fixEdit(outcome: LintOutcome, fix: Fix, caps: EditCapabilities, versionOf: (uri: string) => number | null): WorkspaceEdit {
  const files: { uri: string; version: number | null; edits: TextEdit[] }[] = [];
  if (fix.edits.length > 0) files.push({ uri: outcome.uri, version: outcome.version ?? null, edits: fix.edits });
  for (const other of fix.fileEdits ?? []) {
    const uri = engineUriToLsp(other.uri);
    files.push({ uri, version: versionOf(uri), edits: other.edits });
  }
  if (caps.documentChanges) return { documentChanges: files.map((f) => TextDocumentEdit.create({ uri: f.uri, version: f.version }, f.edits)) };
  return { changes: Object.fromEntries(files.map((f) => [f.uri, f.edits])) };
}

function documentEdit(uri: string, version: number | undefined, edits: TextEdit[], caps: EditCapabilities): WorkspaceEdit {
  if (caps.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri, version: version ?? null }, edits)] };
  return { changes: { [uri]: edits } };
}

/** A suggestion's edit; one that creates files needs a client that can, and a file on disk to sit beside. */
function suggestionEdit(outcome: LintOutcome, suggestion: Fix, caps: EditCapabilities): WorkspaceEdit | undefined {
  const creates = suggestion.creates ?? [];
  if (creates.length === 0) return suggestion.edits.length > 0 ? documentEdit(outcome.uri, outcome.version, suggestion.edits, caps) : undefined;
  const absPath = outcome.target.absPath;
  if (!caps.documentChanges || !caps.createFiles || !absPath) return undefined;
  const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
  if (suggestion.edits.length > 0) documentChanges.push(TextDocumentEdit.create({ uri: outcome.uri, version: outcome.version ?? null }, suggestion.edits));
  for (const create of creates) {
    const newUri = pathToFileURL(freePath(resolve(dirname(absPath), create.relativePath))).toString();
    const start = { line: 0, character: 0 };
    documentChanges.push(CreateFile.create(newUri, { overwrite: false, ignoreIfExists: false }));
    documentChanges.push(TextDocumentEdit.create({ uri: newUri, version: null }, [{ range: { start, end: start }, newText: create.text }]));
  }
  return { documentChanges };
}

/** `path`, or `name-2.ext`, `name-3.ext` ... when it exists: a suggestion never overwrites a file. */
function freePath(path: string): string {
  if (!existsSync(path)) return path;
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 2; n < 100; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
  return join(dirname(path), `${Date.now()}${ext}`);
}

function fixAllAction(outcome: LintOutcome, linter: Linter, caps: EditCapabilities): CodeAction | undefined {
  const original = outcome.text;
  const first = outcome.result?.findings ?? [];
  let text = original;
  if (first.some((f) => f.fix && f.fix.edits.length > 0)) text = fixUntilStable(original, (t) => (t === original ? first : linter.lintText(outcome, t))).text;
  // A chart's values.yaml also gets the fixes its templates' findings ask of it, as `scan --fix` does.
  text = linter.fixValuesForTemplates(outcome, text);
  const fixed = { text };
  if (fixed.text === original) return undefined;
  return { title: 'Fix all safe soc2lint problems', kind: FIX_ALL_KIND, edit: documentEdit(outcome.uri, outcome.version, [minimalEdit(original, fixed.text)], caps) };
}

/** One edit covering only what changed (common prefix and suffix kept), so cursors and folds survive. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a CRLF or a surrogate pair.
  while (start > 0 && isPairTail(before, start)) start--;
  while (end > 0 && isPairTail(before, before.length - end)) end--;
  const lines = new LineIndex(before);
  return { range: lines.range(start, before.length - end), newText: after.slice(start, after.length - end) };
}

function isPairTail(text: string, at: number): boolean {
  const prev = text.charCodeAt(at - 1);
  const cur = text.charCodeAt(at);
  return (prev === 13 && cur === 10) || (prev >= 0xd800 && prev <= 0xdbff && cur >= 0xdc00 && cur <= 0xdfff);
}

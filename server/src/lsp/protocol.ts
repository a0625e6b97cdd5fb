/**
 * soc2lint's own LSP messages, shared with the VS Code client. Plain method names and data shapes
 * only (no library imports), so the client can import this file without pulling in the server.
 */
import type { ComplianceReport } from '../engine/report/model';

/** Request `soc2lint/status` (client -> server): what the status bar shows. */
export const STATUS_REQUEST = 'soc2lint/status';

export interface StatusParams {
  /** Limit the counts to one document; all published diagnostics when absent. */
  uri?: string;
}

export interface StatusResult {
  /** Published soc2lint diagnostics by severity (open files, plus closed ones in workspace scope). */
  errors: number;
  warnings: number;
  infos: number;
  /** Documents with at least one published soc2lint diagnostic. */
  documents: number;
  /** True while the background workspace walk runs. */
  indexing: boolean;
  /** Files whose cross-file facts the workspace index holds. */
  indexedFiles: number;
  /** Rules that threw since the server started (each is logged to the output channel). */
  ruleErrors: number;
}

/** Notification `soc2lint/indexing` (server -> client) at the start and end of a workspace walk. */
export const INDEXING_NOTIFICATION = 'soc2lint/indexing';

export type IndexingParams =
  | { state: 'begin'; folders: number }
  | { state: 'end'; files: number; durationMs: number; cancelled: boolean };

/**
 * Command named by the "Show documentation for <ID>" code action. The client runs it (opens the
 * URL); the server also answers `workspace/executeCommand` for it with `window/showDocument`, for
 * other editors, but does not advertise it, so vscode-languageclient registers no duplicate.
 * Arguments: `[{ ruleId: string, url: string }]`.
 */
export const SHOW_DOCUMENTATION_COMMAND = 'soc2lint.showDocumentation';

export interface ShowDocumentationArgs {
  ruleId: string;
  url: string;
}

/** The code action kind of "fix all safe problems", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.soc2lint';

/** `Diagnostic.data` of a soc2lint finding: what the code actions need to find it again. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the diagnostic was computed for (undefined for closed files). */
  version: number | undefined;
  /** Index of the finding in that version's result. */
  index: number;
  /** The finding has a safe fix (offered as the preferred quick fix and by fix-all). */
  fixable: boolean;
  /** Number of suggestions (fixes that need judgement) offered as further quick fixes. */
  suggestions: number;
}

/**
 * Request `soc2lint/report` (client -> server): scans the workspace folders (open editors' unsaved
 * text counts; excludes and settings apply as for diagnostics) and returns the compliance report,
 * the same model `soc2lint report` builds. Reports `$/progress` on `workDoneToken` (or on a
 * server-created token when none is given and the client supports it); a cancelled request stops
 * the scan and fails with `RequestCancelled` (-32800).
 */
export const REPORT_REQUEST = 'soc2lint/report';

export interface ReportParams {
  /** Workspace folder URIs to report on; all folders when absent or empty. */
  folders?: string[];
  /** Leave out `generatedAt`, so the same inputs give the same bytes (`--no-timestamp`). */
  noTimestamp?: boolean;
  /** LSP work-done progress token, created by the client. */
  workDoneToken?: string | number;
}

export interface ReportResult {
  report: ComplianceReport;
  /**
   * `file:` URI of the folder the report's paths are relative to: the workspace folder, or the
   * nearest common parent of several (the `cwd` of the equivalent `soc2lint report` run).
   */
  rootUri: string;
  /** Wall-clock milliseconds the scan and report took. */
  durationMs: number;
}

/**
 * `soc2lint/report`: the workspace compliance report in the editor. It runs the CLI's own scan
 * (`scanSteps`, the generator behind `scanWorkspace`) and the CLI's own assembly (`reportFromScan`)
 * over the same folder with the same configuration, so the editor's report and `soc2lint report`
 * run in that folder are the same model, byte for byte once formatted. What the editor adds: the
 * unsaved text of open editors replaces the disk, VS Code settings and `files.exclude` apply as they
 * do for diagnostics, and the scan yields to the event loop so it reports progress and stops when
 * the request is cancelled.
 */
import { dirname, relative, sep } from 'node:path';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type TextDocuments, type WorkDoneProgressReporter } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../engine/rule';
import type { LintConfig } from '../engine/types';
import { DEFAULT_MAX_FILE_SIZE } from '../cli/args';
import type { ExcludePattern } from '../workspace/discover';
import { reportFromScan } from '../workspace/report-inputs';
import { scanSteps, type ScanProgress, type ScanResult } from '../workspace/scan';
import { documentConfig, type SettingsStore } from './configuration';
import type { Folder, Projects } from './project';
import type { ReportParams, ReportResult } from './protocol';
import { fileUri, fsPathOf } from './targets';

export interface ReportHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  projects: Projects;
  rules: readonly Rule[];
  version: string;
  /** The client announced `window.workDoneProgress` (server-created progress is then shown). */
  progressSupported: boolean;
}

/** The scan yields to the event loop at least this often, so `$/cancelRequest` is seen promptly. */
const YIELD_EVERY_MS = 15;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'soc2lint: the compliance report was cancelled');
}

/** What one report run scans: the `cwd` and paths of the equivalent `soc2lint report` command. */
export interface ReportScope {
  cwd: string;
  paths: string[];
}

/**
 * One folder: `cwd` is the folder and the path is `.`. Several: their nearest common parent, with
 * the folders relative to it (as if `soc2lint report a b` ran there).
 */
export function scopeOf(folders: readonly Folder[]): ReportScope {
  if (folders.length === 1) return { cwd: folders[0]!.path, paths: ['.'] };
  let cwd = folders[0]!.path;
  while (!folders.every((f) => f.path === cwd || relative(cwd, f.path).split(sep)[0] !== '..')) {
    const parent = dirname(cwd);
    if (parent === cwd) break;
    cwd = parent;
  }
  const paths = [...new Set(folders.map((f) => relative(cwd, f.path).split(sep).join('/') || '.'))].sort();
  return { cwd, paths };
}

/** Overall percentage: reading (and parsing) is the first half, linting the second. */
export function percentOf(step: ScanProgress): number {
  const part = step.total === 0 ? 1 : step.done / step.total;
  return Math.min(99, Math.floor(step.phase === 'read' ? part * 50 : 50 + part * 50));
}

/**
 * The report configuration: the first folder's settings and `.soc2lint.yaml` (as its diagnostics
 * use), with the CLI's file-size limit so the editor and `soc2lint report` skip the same files.
 * Excludes: every folder's `files.exclude`, `soc2lint.exclude` and config-file `exclude`, each
 * relative to its own folder.
 */
async function configurationOf(host: ReportHost, folders: readonly Folder[]): Promise<{ config: LintConfig; excludes: ExcludePattern[] }> {
  let config: LintConfig | undefined;
  const excludes: ExcludePattern[] = [];
  for (const folder of folders) {
    const [settings, filesExclude] = await Promise.all([host.settings.forResource(folder.uri), host.settings.filesExclude(folder.uri)]);
    const resolved = documentConfig(settings, folder, host.projects.state(folder));
    config ??= { ...resolved.lint, maxFileSize: DEFAULT_MAX_FILE_SIZE };
    excludes.push(...filesExclude.map((pattern) => ({ pattern, baseDir: folder.path })), ...resolved.excludes);
  }
  return { config: config!, excludes };
}

async function progressReporter(host: ReportHost, params: ReportParams): Promise<{ reporter: WorkDoneProgressReporter; token: CancellationToken | undefined }> {
  if (params.workDoneToken !== undefined) return { reporter: host.connection.window.attachWorkDoneProgress(params.workDoneToken), token: undefined };
  if (!host.progressSupported) return { reporter: host.connection.window.attachWorkDoneProgress(undefined), token: undefined };
  try {
    const reporter = await host.connection.window.createWorkDoneProgress();
    return { reporter, token: reporter.token };
  } catch {
    return { reporter: host.connection.window.attachWorkDoneProgress(undefined), token: undefined };
  }
}

export async function handleReportRequest(host: ReportHost, params: ReportParams | null | undefined, token: CancellationToken): Promise<ReportResult> {
  const started = Date.now();
  const p = params ?? {};
  const all = host.projects.list();
  const wanted = p.folders && p.folders.length > 0 ? all.filter((f) => p.folders!.includes(f.uri)) : [...all];
  if (all.length === 0) throw new ResponseError(LSPErrorCodes.RequestFailed, 'soc2lint: open a folder to generate a compliance report');
  if (wanted.length === 0) throw new ResponseError(LSPErrorCodes.RequestFailed, `soc2lint: none of ${p.folders!.join(', ')} is a workspace folder`);
  // By path: the same folders give the same scope and configuration whatever order they were added in.
  const folders = [...wanted].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const { reporter, token: progressToken } = await progressReporter(host, p);
  const cancelled = () => token.isCancellationRequested || progressToken?.isCancellationRequested === true;
  reporter.begin('soc2lint: compliance report', 0, 'finding files', true);
  try {
    const { config, excludes } = await configurationOf(host, folders);
    if (cancelled()) throw cancelledError();
    const scope = scopeOf(folders);
    const open = new Map<string, string>();
    for (const doc of host.documents.all()) {
      const path = fsPathOf(doc.uri);
      if (path) open.set(path, doc.getText());
    }
    const steps = scanSteps({ cwd: scope.cwd, paths: scope.paths, config, excludes, maxFileSize: config.maxFileSize, fix: false, rules: host.rules, readOverride: (absPath) => open.get(absPath) });
    let scan: ScanResult | undefined;
    let lastYield = Date.now();
    let lastPercent = 0;
    while (!scan) {
      const step = steps.next();
      if (step.done) {
        scan = step.value;
        break;
      }
      if (Date.now() - lastYield >= YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYield = Date.now();
      }
      if (cancelled()) {
        steps.return(undefined as never);
        throw cancelledError();
      }
      const percent = percentOf(step.value);
      if (percent > lastPercent) {
        lastPercent = percent;
        reporter.report(percent, `${step.value.phase === 'read' ? 'reading' : 'checking'} ${step.value.done}/${step.value.total} files`);
      }
    }
    reporter.report(99, 'writing the report');
    await yieldToEventLoop();
    if (cancelled()) throw cancelledError();
    const report = reportFromScan(scan, { cwd: scope.cwd, workspaceFolders: scope.paths, config, version: host.version, rules: host.rules, noTimestamp: p.noTimestamp === true });
    return { report, rootUri: fileUri(scope.cwd), durationMs: Date.now() - started };
  } finally {
    reporter.done();
  }
}

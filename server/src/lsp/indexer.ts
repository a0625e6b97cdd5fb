/**
 * The workspace index in the server: a background walk of the workspace folders at start (with
 * `window/workDoneProgress`, cancellable), kept current from `workspace/didChangeWatchedFiles`.
 * Files open in the editor are left to the linter (their text overrides the disk). When the scope
 * setting is `workspace`, closed files get diagnostics too.
 *
 * The walk reuses the CLI's discovery (server/src/workspace/discover.ts): `.gitignore`, exclude
 * globs (here `files.exclude`, `soc2lint.exclude` and the config file's `exclude`) and chart roots.
 */
import { basename } from 'node:path';
import { FileChangeType, type Connection, type FileEvent, type TextDocuments, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { classifyPath } from '../engine/classify';
import { resolveConfig } from '../engine/config';
import { parseDocument } from '../engine/lint';
import { factsFromObjects, type WorkspaceIndex } from '../engine/workspace-index';
import type { ChartRootCache } from '../workspace/chart-root';
import { discoverFiles, isExcluded, type ExcludePattern } from '../workspace/discover';
import { GitIgnoreChecker } from '../workspace/ignore-check';
import { readSourceFile } from '../workspace/source-file';
import { documentConfig, type SettingsStore } from './configuration';
import { filesWithFactsIn, updateFacts } from './facts';
import type { Linter } from './linter';
import type { Folder, Projects } from './project';
import { INDEXING_NOTIFICATION, type IndexingParams } from './protocol';
import type { Soc2lintSettings } from './settings';
import { fileUri, fsPathOf } from './targets';

/** Files handled between two yields to the event loop, so requests are answered during a walk. */
const CHUNK = 25;
const MAX_FILE_BYTES = resolveConfig().maxFileSize;

export interface IndexerHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  projects: Projects;
  charts: ChartRootCache;
  index: WorkspaceIndex;
  linter: Linter;
}

interface FolderState {
  settings: Soc2lintSettings;
  excludes: ExcludePattern[];
  defaultNamespace: string;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceIndexer {
  private runId = 0;
  private active = false;
  private reporter: WorkDoneProgressServerReporter | undefined;
  /** Candidate files found by the last walk (and the watcher since), by path. */
  private readonly files = new Map<string, Folder>();
  private readonly folderStates = new Map<string, Promise<FolderState>>();
  private readonly gitignore = new GitIgnoreChecker();
  private readonly closedPublished = new Set<string>();

  constructor(private readonly host: IndexerHost) {}

  get indexing(): boolean {
    return this.active;
  }

  /** Settings and excludes of a folder, as the walk and the watcher apply them. */
  private folderState(folder: Folder): Promise<FolderState> {
    let state = this.folderStates.get(folder.path);
    if (!state) {
      state = (async () => {
        const [settings, filesExclude] = await Promise.all([this.host.settings.forResource(folder.uri), this.host.settings.filesExclude(folder.uri)]);
        const config = documentConfig(settings, folder, this.host.projects.state(folder));
        const excludes = [...filesExclude.map((pattern) => ({ pattern, baseDir: folder.path })), ...config.excludes];
        return { settings, excludes, defaultNamespace: config.lint.defaultNamespace };
      })();
      this.folderStates.set(folder.path, state);
    }
    return state;
  }

  /** Settings or config files changed: forget folder states (the next walk reads them again). */
  forgetFolderStates(): void {
    this.folderStates.clear();
  }

  /**
   * `workspace/didChangeConfiguration`: walk again only when what the walk depends on changed
   * (excludes, default namespace); a scope change only publishes or clears closed files.
   */
  async settingsChanged(): Promise<void> {
    const before = new Map<string, FolderState>();
    for (const [path, state] of this.folderStates) before.set(path, await state);
    this.forgetFolderStates();
    let walk = false;
    let scope = false;
    for (const folder of this.host.projects.list()) {
      const now = await this.folderState(folder);
      const old = before.get(folder.path);
      if (!old || JSON.stringify(old.excludes) !== JSON.stringify(now.excludes) || old.defaultNamespace !== now.defaultNamespace) walk = true;
      else if (old.settings.diagnosticsScope !== now.settings.diagnosticsScope) scope = true;
    }
    if (walk) await this.reindex();
    else if (scope) await this.lintClosedFiles(this.runId);
  }

  /** Walks every workspace folder again; a walk already running is cancelled. */
  async reindex(): Promise<void> {
    const runId = ++this.runId;
    // A walk still running is superseded: its progress ends here, the begin/end notifications pair up.
    this.reporter?.done();
    this.reporter = undefined;
    if (!this.active) {
      this.active = true;
      this.notify({ state: 'begin', folders: this.host.projects.list().length });
    }
    const started = Date.now();
    let reporter: WorkDoneProgressServerReporter | undefined;
    try {
      reporter = await this.host.connection.window.createWorkDoneProgress();
    } catch {
      reporter = undefined;
    }
    if (runId !== this.runId) return;
    this.reporter = reporter;
    reporter?.begin('soc2lint: indexing workspace', 0, 'finding files', true);
    const cancelled = () => runId !== this.runId || reporter?.token.isCancellationRequested === true;

    const found = new Map<string, Folder>();
    for (const folder of this.host.projects.list()) {
      const state = await this.folderState(folder);
      if (cancelled()) break;
      try {
        for (const file of discoverFiles([folder.path], { cwd: folder.path, excludes: state.excludes }).files) found.set(file.absPath, folder);
      } catch (error) {
        this.host.linter.internalError(`listing ${folder.name}`, error);
      }
    }
    const list = [...found];
    let done = 0;
    for (const [absPath, folder] of list) {
      if (cancelled()) break;
      this.indexDiskFile(absPath, folder, (await this.folderState(folder)).defaultNamespace);
      if (++done % CHUNK === 0) {
        reporter?.report(Math.round((done / list.length) * 100), `${done}/${list.length} files`);
        await yieldToEventLoop();
      }
    }
    const wasCancelled = cancelled();
    if (!wasCancelled) {
      // Files gone since the last walk (deleted while the server was not watching, newly excluded).
      for (const absPath of this.files.keys()) {
        if (found.has(absPath)) continue;
        if (!this.host.linter.isOpenKey(absPath)) updateFacts(this.host.index, absPath, undefined);
        this.unpublishClosed(fileUri(absPath));
      }
      this.files.clear();
      for (const [absPath, folder] of found) this.files.set(absPath, folder);
    } else {
      for (const [absPath, folder] of found) this.files.set(absPath, folder);
    }
    if (runId === this.runId) {
      reporter?.done();
      this.reporter = undefined;
      this.active = false;
      this.notify({ state: 'end', files: this.host.index.fileCount, durationMs: Date.now() - started, cancelled: wasCancelled });
      this.host.linter.invalidate();
      this.host.linter.relintOpen();
      if (!wasCancelled) await this.lintClosedFiles(runId);
    }
  }

  /** Reads a closed file's facts from disk into the index. Returns the namespaces whose facts changed. */
  private indexDiskFile(absPath: string, folder: Folder, defaultNamespace: string): Set<string> {
    if (this.host.linter.isOpenKey(absPath)) return new Set();
    const helm = this.host.charts.helmContextOf(absPath, folder.path);
    // Only Kubernetes manifests carry facts; Dockerfiles and values files are not read here.
    if (classifyPath(absPath, helm) !== 'maybe-kubernetes') return updateFacts(this.host.index, absPath, undefined);
    const read = readSourceFile(absPath, MAX_FILE_BYTES);
    if (!read.ok) return updateFacts(this.host.index, absPath, undefined);
    try {
      const parsed = parseDocument({ uri: absPath, text: read.text }, helm);
      return updateFacts(this.host.index, absPath, parsed.kind === 'kubernetes' ? factsFromObjects(absPath, parsed.objects, defaultNamespace) : undefined);
    } catch (error) {
      this.host.linter.internalError(`indexing ${basename(absPath)}`, error);
      return updateFacts(this.host.index, absPath, undefined);
    }
  }

  /** A document closed: its disk text counts again (facts, and diagnostics in workspace scope). */
  async documentClosed(uri: string, key: string): Promise<void> {
    const folder = fsPathOf(uri) === undefined ? undefined : (this.files.get(key) ?? this.host.projects.folderOf(key));
    if (!folder) {
      this.changed(updateFacts(this.host.index, key, undefined), key);
      return;
    }
    const state = await this.folderState(folder);
    this.changed(this.indexDiskFile(key, folder, state.defaultNamespace), key);
    if (state.settings.diagnosticsScope === 'workspace' && this.files.has(key)) await this.lintClosedFile(key, folder);
  }

  documentOpened(uri: string): void {
    this.closedPublished.delete(uri);
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    const { projects, charts, linter } = this.host;
    let walkAgain = false;
    const namespaces = new Set<string>();
    const relintClosed: [string, Folder][] = [];
    for (const change of changes) {
      const absPath = fsPathOf(change.uri);
      if (!absPath) continue;
      const name = basename(absPath);
      const configFolder = projects.configFolderOf(absPath);
      if (configFolder) {
        const state = projects.reload(configFolder);
        // An open config file shows the diagnostics of its unsaved text instead.
        if (!linter.isOpenKey(absPath)) linter.publish(change.uri, undefined, state.diagnostics);
        walkAgain = true;
        continue;
      }
      if (/^Chart\.ya?ml$/.test(name)) {
        charts.clear();
        walkAgain = true;
        continue;
      }
      if (name === '.gitignore') {
        this.gitignore.forget(absPath);
        walkAgain = true;
        continue;
      }
      const folder = projects.folderOf(absPath);
      if (!folder) continue;
      const state = await this.folderState(folder);
      const wanted = change.type !== FileChangeType.Deleted && this.accepts(absPath, folder, state);
      if (!wanted) {
        this.files.delete(absPath);
        if (!linter.isOpenKey(absPath)) for (const ns of updateFacts(this.host.index, absPath, undefined)) namespaces.add(ns);
        this.unpublishClosed(fileUri(absPath));
        continue;
      }
      this.files.set(absPath, folder);
      for (const ns of this.indexDiskFile(absPath, folder, state.defaultNamespace)) namespaces.add(ns);
      if (state.settings.diagnosticsScope === 'workspace') relintClosed.push([absPath, folder]);
    }
    if (walkAgain) {
      this.forgetFolderStates();
      linter.invalidate();
      linter.relintOpen();
      await this.reindex();
      return;
    }
    for (const [absPath, folder] of relintClosed) await this.lintClosedFile(absPath, folder);
    this.changed(namespaces, undefined);
  }

  /** Facts changed in `namespaces`: re-lint the files cross-file rules may now judge differently. */
  changed(namespaces: ReadonlySet<string>, sourceKey: string | undefined): void {
    if (namespaces.size === 0) return;
    const linter = this.host.linter;
    linter.invalidate();
    const affected = filesWithFactsIn(this.host.index, namespaces);
    linter.relintOpen((key) => key !== sourceKey && affected.has(key));
    void this.lintClosedIn(affected, sourceKey);
  }

  private async lintClosedIn(keys: ReadonlySet<string>, sourceKey: string | undefined): Promise<void> {
    for (const key of keys) {
      const folder = this.files.get(key);
      if (!folder || key === sourceKey) continue;
      if ((await this.folderState(folder)).settings.diagnosticsScope !== 'workspace') continue;
      await this.lintClosedFile(key, folder);
    }
  }

  private accepts(absPath: string, folder: Folder, state: FolderState): boolean {
    if (isExcluded(absPath, false, state.excludes) || this.gitignore.isIgnored(folder.path, absPath)) return false;
    return classifyPath(absPath, this.host.charts.helmContextOf(absPath, folder.path)) !== 'ignored';
  }

  /** Publishes (or clears) the diagnostics of every closed file, per its folder's scope. */
  private async lintClosedFiles(runId: number): Promise<void> {
    let n = 0;
    for (const [absPath, folder] of [...this.files]) {
      if (runId !== this.runId) return;
      const scope = (await this.folderState(folder)).settings.diagnosticsScope;
      if (scope === 'workspace') await this.lintClosedFile(absPath, folder);
      else this.unpublishClosed(fileUri(absPath));
      if (++n % CHUNK === 0) await yieldToEventLoop();
    }
  }

  private async lintClosedFile(absPath: string, folder: Folder): Promise<void> {
    const uri = fileUri(absPath);
    if (this.host.linter.isOpenKey(absPath)) return;
    const read = readSourceFile(absPath, MAX_FILE_BYTES);
    if (!read.ok) {
      this.unpublishClosed(uri);
      return;
    }
    const { settings } = await this.folderState(folder);
    if (this.host.linter.isOpenKey(absPath)) return;
    try {
      const outcome = this.host.linter.compute(uri, undefined, undefined, read.text, settings);
      if (outcome.diagnostics.length === 0) this.unpublishClosed(uri);
      else {
        this.host.linter.publish(uri, undefined, outcome.diagnostics);
        this.closedPublished.add(uri);
      }
    } catch (error) {
      this.host.linter.internalError(`linting ${basename(absPath)}`, error);
    }
  }

  private unpublishClosed(uri: string): void {
    if (!this.closedPublished.delete(uri)) return;
    this.host.linter.unpublish(uri);
  }

  private notify(params: IndexingParams): void {
    void this.host.connection.sendNotification(INDEXING_NOTIFICATION, params);
  }
}

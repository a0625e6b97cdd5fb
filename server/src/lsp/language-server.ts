/**
 * The soc2lint language server: wires the connection's handlers to the linter, the workspace
 * indexer, configuration and code actions. The process entry is server.ts.
 */
import {
  FileChangeType,
  CodeActionKind,
  type CancellationToken,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../engine/rule';
import { WorkspaceIndex } from '../engine/workspace-index';
import { ChartRootCache } from '../workspace/chart-root';
import { provideCodeActions, type EditCapabilities } from './code-actions';
import { SettingsStore } from './configuration';
import { WorkspaceIndexer } from './indexer';
import { HelmSupport } from './helm';
import { Linter } from './linter';
import { Projects, type Folder } from './project';
import { FIX_ALL_KIND, REPORT_REQUEST, SHOW_DOCUMENTATION_COMMAND, STATUS_REQUEST, type ReportParams, type ShowDocumentationArgs, type StatusParams, type StatusResult } from './protocol';
import { handleReportRequest } from './report';
import { fileUri, fsPathOf } from './targets';

export interface ServerOptions {
  rules: readonly Rule[];
  version: string;
}

/** Options the client may send in `initializationOptions`. */
export interface InitializationOptions {
  /** VS Code Restricted Mode: see settings.ts for what is then ignored. */
  untrustedWorkspace?: boolean;
}

/** Watched for the index and configuration (registered dynamically when the client allows). */
export const WATCHED_GLOBS = ['**/*.{yaml,yml,json}', '**/{Dockerfile,Containerfile}*', '**/*.{dockerfile,Dockerfile}', '**/.soc2lint.{yaml,yml}', '**/Chart.{yaml,yml}', '**/.gitignore'];

function foldersOf(params: InitializeParams): Folder[] {
  const list: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  return list.flatMap((f) => {
    const path = fsPathOf(f.uri);
    return path ? [{ uri: f.uri, path, name: f.name }] : [];
  });
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const index = new WorkspaceIndex();
  const charts = new ChartRootCache();
  let helm!: HelmSupport;
  let capabilities: ClientCapabilities = {};
  let editCaps: EditCapabilities = { documentChanges: false, createFiles: false };
  // Assigned in onInitialize; every handler below runs after it.
  let settings!: SettingsStore;
  let projects!: Projects;
  let linter!: Linter;
  let indexer!: WorkspaceIndexer;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    const trusted = init.untrustedWorkspace !== true;
    const knownIds = new Set(options.rules.map((r) => r.meta.id));
    settings = new SettingsStore(connection, capabilities.workspace?.configuration === true, trusted, options.rules);
    projects = new Projects(trusted, knownIds);
    projects.setFolders(foldersOf(params));
    helm = new HelmSupport(documents, projects, charts);
    linter = new Linter({
      connection,
      documents,
      settings,
      projects,
      charts,
      helm,
      index,
      rules: options.rules,
      onFactsChanged: (namespaces, key) => indexer.changed(namespaces, key),
      isIndexing: () => indexer.indexing,
    });
    indexer = new WorkspaceIndexer({ connection, documents, settings, projects, charts, index, linter });
    const workspaceEdit = capabilities.workspace?.workspaceEdit;
    editCaps = { documentChanges: workspaceEdit?.documentChanges === true, createFiles: workspaceEdit?.resourceOperations?.includes('create') === true };
    if (!trusted) connection.console.info('soc2lint: untrusted workspace: ignoring soc2lint.rules entries that weaken rules, soc2lint.exclude, soc2lint.trustedRegistries and .soc2lint.yaml');
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'soc2lint', version: options.version },
    };
  });

  connection.onInitialized(() => {
    const dynamic = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    if (dynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) });
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: ['soc2lint', 'files.exclude'] });
    }
    if (capabilities.workspace?.workspaceFolders === true) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const current = projects.list().filter((f) => !event.removed.some((r) => r.uri === f.uri));
        const added = event.added.flatMap((f) => {
          const path = fsPathOf(f.uri);
          return path ? [{ uri: f.uri, path, name: f.name }] : [];
        });
        projects.setFolders([...current, ...added]);
        indexer.forgetFolderStates();
        void indexer.reindex();
      });
    }
    // Config-file diagnostics for the folders' .soc2lint.yaml (errors, or the untrusted note).
    for (const folder of projects.list()) {
      const state = projects.state(folder);
      if (state.file && state.diagnostics.length > 0) linter.publish(fileUri(state.file), undefined, state.diagnostics);
    }
    indexer.reindex().catch((error: unknown) => linter.internalError('indexing the workspace', error));
  });

  // Cached results are keyed by document version: a template whose values changed needs a new run.
  const relintTemplates = (keys: ReadonlySet<string>) => {
    linter.invalidate();
    linter.relintOpen((key) => keys.has(key));
  };

  // TextDocuments fires onDidOpen then onDidChangeContent: an opened document is linted at once,
  // an edited one after its debounce.
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    indexer.documentOpened(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    linter.schedule(uri, justOpened.delete(uri) ? 0 : undefined);
    // A chart's values.yaml changed: its open templates that read a changed key are linted again.
    helm.fileChanged(uri, relintTemplates);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    justOpened.delete(uri);
    const key = linter.closed(uri) ?? fsPathOf(uri) ?? uri;
    indexer.documentClosed(uri, key).catch((error: unknown) => linter.internalError('re-reading a closed file', error));
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    linter.invalidate();
    linter.relintOpen();
    indexer.settingsChanged().catch((error: unknown) => linter.internalError('applying new settings', error));
  });

  connection.onDidChangeWatchedFiles((params) => {
    // A file created or deleted may be a template or a subchart: the chart listings are made again.
    if (params.changes.some((c) => c.type !== FileChangeType.Changed)) helm.charts.filesChanged();
    for (const change of params.changes) helm.fileChanged(change.uri, relintTemplates);
    indexer.watchedFilesChanged(params.changes).catch((error: unknown) => linter.internalError('updating the workspace index', error));
  });

  connection.onCodeAction(async (params) => {
    try {
      return await provideCodeActions(params, linter, editCaps);
    } catch (error) {
      linter.internalError('computing code actions', error);
      return [];
    }
  });

  connection.onRequest(STATUS_REQUEST, (params: StatusParams | undefined): StatusResult => linter.status(params?.uri));

  connection.onRequest(REPORT_REQUEST, (params: ReportParams | undefined, token: CancellationToken) =>
    handleReportRequest({ connection, documents, settings, projects, rules: options.rules, version: options.version, progressSupported: capabilities.window?.workDoneProgress === true }, params, token),
  );

  connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_DOCUMENTATION_COMMAND) return;
    const args = params.arguments?.[0] as ShowDocumentationArgs | undefined;
    if (!args?.url || !/^https?:\/\//.test(args.url)) return;
    if (capabilities.window?.showDocument?.support) await connection.window.showDocument({ uri: args.url, external: true });
  });

  documents.listen(connection);
  connection.listen();
}

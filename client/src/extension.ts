/**
 * The soc2lint VS Code extension: starts the bundled language server (dist/server.js) over IPC,
 * forwards the `soc2lint` settings, registers the commands and shows status. All linting happens
 * in the server; this file has no lint logic (STYLE.md §5).
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { FIX_ALL_KIND, INDEXING_NOTIFICATION, STATUS_REQUEST, type IndexingParams, type StatusParams, type StatusResult } from '../../server/src/lsp/protocol';
import { parseDocRequest } from './doc-target';
import { ReportController, type ReportPanelView, type SaveReportArgs, type ShowReportArgs } from './report';
import { documentSelector } from './selectors';
import { StatusBar, countPublishedDiagnostics, type StatusSnapshot } from './status';

/** What `activate` returns (`vscode.extensions.getExtension('soc2lint.soc2lint').exports`); used by the E2E suite. */
export interface Soc2lintApi {
  /** Resolves once the server answered `initialize` (rejects if it could not start). */
  ready(): Promise<void>;
  /** What the status bar item shows now. */
  status(): StatusSnapshot;
  /** Asks the server for fresh counts and returns the item's state afterwards. */
  refreshStatus(): Promise<StatusSnapshot>;
  /** The compliance report panel, when one is open (tests drive its messages through it). */
  reportPanel(): ReportPanelView | undefined;
}

const CLIENT_ID = 'soc2lint';
/** Coalesces bursts of diagnostics changes (a workspace walk publishes many) into one status request. */
const STATUS_DELAY_MS = 250;

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    // `Run Extension` in a development host: attach a debugger to port 6011.
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    // The server pulls settings per resource (workspace/configuration); this push tells it when to re-read.
    synchronize: { configurationSection: 'soc2lint' },
    // File watchers: the server registers them itself (dynamic registration of didChangeWatchedFiles).
    // A function, so a restart after the user trusts the folder sends the new value.
    initializationOptions: () => ({ untrustedWorkspace: !vscode.workspace.isTrusted }),
    outputChannel: output,
    traceOutputChannel: output,
    // The Problems view groups by owner: one collection named like the diagnostics' source.
    diagnosticCollectionName: 'soc2lint',
  };
  return new LanguageClient(CLIENT_ID, 'soc2lint', serverOptions, clientOptions);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function activate(context: vscode.ExtensionContext): Promise<Soc2lintApi> {
  const output = vscode.window.createOutputChannel('soc2lint');
  const status = new StatusBar();
  let starting: Promise<void> = Promise.resolve();
  const reports = new ReportController(async () => {
    await starting.catch(() => undefined);
    return client;
  }, output);
  context.subscriptions.push(output, status, reports);

  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshStatus = async (): Promise<StatusSnapshot> => {
    const current = client;
    if (current?.isRunning()) {
      try {
        const result = await current.sendRequest<StatusResult>(STATUS_REQUEST, {} satisfies StatusParams);
        // Counts come from VS Code's own diagnostics collection: exactly what the Problems view shows,
        // with no race between a publish and the server's tally. The server tells whether it indexes.
        status.setCounts(countPublishedDiagnostics());
        status.setIndexing(result.indexing);
        return status.snapshot();
      } catch (error) {
        output.appendLine(`[client] ${STATUS_REQUEST} failed (${errorText(error)}); counting published diagnostics instead.`);
      }
    }
    status.setCounts(countPublishedDiagnostics());
    return status.snapshot();
  };
  const scheduleStatus = (): void => {
    if (statusTimer) clearTimeout(statusTimer);
    statusTimer = setTimeout(() => void refreshStatus(), STATUS_DELAY_MS);
  };
  context.subscriptions.push({ dispose: () => statusTimer && clearTimeout(statusTimer) });

  // Listeners of the current client; replaced with it on restart.
  let clientSubscriptions: vscode.Disposable[] = [];
  const wire = (c: LanguageClient): void => {
    clientSubscriptions.push(
      c.onDidChangeState((e) => {
        status.setState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped');
        if (e.newState === State.Running) scheduleStatus();
      }),
      c.onNotification(INDEXING_NOTIFICATION, (params: IndexingParams) => {
        status.setIndexing(params.state === 'begin');
        if (params.state === 'end') scheduleStatus();
      }),
    );
  };
  context.subscriptions.push({ dispose: () => clientSubscriptions.forEach((d) => d.dispose()) });

  const start = async (): Promise<void> => {
    if (!client) {
      client = createClient(context, output);
      wire(client);
    }
    status.setState('starting');
    try {
      await client.start();
      status.setState('running');
    } catch (error) {
      status.setState('stopped');
      output.appendLine(`[client] the soc2lint language server did not start: ${errorText(error)}`);
      throw error;
    }
  };
  const restart = async (): Promise<void> => {
    const old = client;
    client = undefined;
    clientSubscriptions.forEach((d) => d.dispose());
    clientSubscriptions = [];
    if (old) {
      // A crashed client may refuse to stop; a fresh one is created either way.
      await old.stop().catch((error: unknown) => output.appendLine(`[client] stopping the server: ${errorText(error)}`));
      await old.dispose().catch(() => undefined);
    }
    starting = start();
    await starting;
  };

  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics(scheduleStatus),
    // Restricted Mode ends: restart so the server applies the workspace's own settings and .soc2lint.yaml.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.appendLine('[client] workspace trusted; restarting the server with the workspace settings.');
      void restart().catch(() => undefined);
    }),
    vscode.commands.registerCommand('soc2lint.fixAll', () => fixAll(output)),
    vscode.commands.registerCommand('soc2lint.restartServer', async () => {
      await restart().catch((error: unknown) => void vscode.window.showErrorMessage(`soc2lint: could not restart the server: ${errorText(error)}`));
    }),
    vscode.commands.registerCommand('soc2lint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('soc2lint.showDocumentation', (arg?: unknown, second?: unknown) => showDocumentation(context, arg, second)),
    vscode.commands.registerCommand('soc2lint.showComplianceReport', (args?: ShowReportArgs) => reports.generateAndShow(args)),
    vscode.commands.registerCommand('soc2lint.saveComplianceReport', (args?: SaveReportArgs) => reports.save(args)),
    { dispose: () => void client?.stop().catch(() => undefined) },
  );

  starting = start();
  // Activation must not fail because the server did: the commands (restart, output) stay usable.
  await starting.catch(() => undefined);

  return {
    ready: () => starting,
    status: () => status.snapshot(),
    refreshStatus,
    reportPanel: () => reports.view(),
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c?.needsStop()) await c.stop();
}

/**
 * Applies the server's `source.fixAll.soc2lint` action (safe fixes only) to the active editor.
 * Resolves to true when an edit was applied.
 */
async function fixAll(output: vscode.OutputChannel): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('soc2lint: open a Dockerfile, manifest or values file to fix it.');
    return false;
  }
  const document = editor.document;
  const whole = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
  const kind = vscode.CodeActionKind.SourceFixAll.append('soc2lint');
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND, 10);
  const action = (actions ?? []).find((a): a is vscode.CodeAction => 'kind' in a && a.kind !== undefined && kind.contains(a.kind));
  if (!action || (!action.edit && !action.command)) {
    vscode.window.setStatusBarMessage('soc2lint: nothing to fix automatically', 3000);
    return false;
  }
  let applied = false;
  if (action.edit) applied = await vscode.workspace.applyEdit(action.edit);
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    applied = true;
  }
  if (!applied) output.appendLine(`[client] the fix-all edit for ${document.uri.toString()} was not applied (the document changed?).`);
  return applied;
}

/**
 * Opens a rule's page: the markdown bundled in the extension (docs/rules/<ID>.md) in the preview,
 * else the URL. Without an argument, offers the bundled pages in a quick pick.
 */
async function showDocumentation(context: vscode.ExtensionContext, arg: unknown, second: unknown): Promise<void> {
  const docsDir = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  let request = parseDocRequest(arg, second);
  if (!request.ruleId && !request.url) {
    const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(docsDir)).catch(() => [] as [string, vscode.FileType][]);
    const ids = entries.map(([name]) => /^([A-Z0-9]+)\.md$/.exec(name)?.[1]).filter((id): id is string => id !== undefined).sort();
    const picked = await vscode.window.showQuickPick(ids, { placeHolder: 'Rule id' });
    if (!picked) return;
    request = parseDocRequest(picked);
  }
  if (request.ruleId) {
    const page = vscode.Uri.joinPath(docsDir, `${request.ruleId}.md`);
    const exists = await Promise.resolve(vscode.workspace.fs.stat(page)).then(
      () => true,
      () => false,
    );
    if (exists) {
      try {
        await vscode.commands.executeCommand('markdown.showPreview', page);
      } catch {
        // No markdown extension (it can be disabled): the source is still readable.
        await vscode.window.showTextDocument(page, { preview: true });
      }
      return;
    }
  }
  if (request.url) await vscode.env.openExternal(vscode.Uri.parse(request.url));
}

/**
 * "soc2lint: Generate Compliance Report": asks the server for `soc2lint/report` under a cancellable
 * progress notification (the server's `$/progress` percentages drive it), shows the report in a
 * webview panel (report-webview.ts renders it) and saves it in the four formats. Saving uses the
 * engine's own `formatReport`, the function `soc2lint report --format` calls, on the model the
 * server built with the CLI's scan and assembly: the file equals the CLI's for the same folder.
 */
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import { REPORT_FORMATS, type ReportFormat } from '../../server/src/engine/report/index';
import type { ReportFinding } from '../../server/src/engine/report/model';
import { REPORT_REQUEST, type ReportParams, type ReportResult } from '../../server/src/lsp/protocol';
import { reportText } from './report-text';
import { FORMAT_LABEL, parseWebviewMessage, renderReportWebview, type ReportWebviewMessage } from './report-webview';

const VIEW_TYPE = 'soc2lint.complianceReport';

const FILE_EXTENSION: Readonly<Record<ReportFormat, string>> = { html: 'html', md: 'md', json: 'json', sarif: 'sarif' };
const FILTER_NAME: Readonly<Record<ReportFormat, string>> = { html: 'HTML report', md: 'Markdown', json: 'JSON', sarif: 'SARIF log' };

/**
 * The commands (registered in extension.ts): `soc2lint.showComplianceReport` -> `generateAndShow`,
 * `soc2lint.saveComplianceReport` -> `save`. Both resolve to their outcome, for tests and scripts.
 */

/** Arguments of `soc2lint.showComplianceReport` (all optional; the palette passes none). */
export interface ShowReportArgs {
  /** Workspace folder URIs; all folders by default. */
  folders?: string[];
  /** Leave out the generation time (reproducible bytes). */
  noTimestamp?: boolean;
}

/** Arguments of `soc2lint.saveComplianceReport`; without them it asks. */
export interface SaveReportArgs {
  format?: ReportFormat;
  /** Where to write (a URI string or Uri); without it a save dialog asks. */
  uri?: string | vscode.Uri;
}

/** What the extension-host tests see of the panel (returned by the extension API). */
export interface ReportPanelView {
  readonly title: string;
  readonly visible: boolean;
  readonly html: string;
  readonly result: ReportResult;
  /** Handles a message as if the webview had posted it. */
  receive(message: unknown): Promise<void>;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function locationUri(rootUri: string, item: ReportFinding): vscode.Uri {
  return vscode.Uri.joinPath(vscode.Uri.parse(rootUri), ...item.file.split('/'));
}

export class ReportController implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private result: ReportResult | undefined;
  private html = '';
  private running: Promise<ReportResult | undefined> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    /** Resolves once the client has started (or failed to): a command run at startup waits for it. */
    private readonly getClient: () => Promise<LanguageClient | undefined>,
    private readonly output: vscode.OutputChannel,
  ) {}

  /** The open panel, for tests. */
  view(): ReportPanelView | undefined {
    const panel = this.panel;
    const result = this.result;
    if (!panel || !result) return undefined;
    return { title: panel.title, visible: panel.visible, html: this.html, result, receive: (m) => this.onMessage(m) };
  }

  /** Runs the request (one at a time) and shows or refreshes the panel. Resolves undefined when cancelled or failed. */
  async generateAndShow(args: ShowReportArgs = {}): Promise<ReportResult | undefined> {
    if (this.running) {
      this.panel?.reveal();
      return this.running;
    }
    this.running = this.generate(args).finally(() => (this.running = undefined));
    const result = await this.running;
    if (result) this.show(result);
    return result;
  }

  private async generate(args: ShowReportArgs): Promise<ReportResult | undefined> {
    const client = await this.getClient();
    if (!client?.isRunning()) {
      void vscode.window.showErrorMessage('soc2lint: the language server is not running, so the report cannot be generated. Run "soc2lint: Restart language server".');
      return undefined;
    }
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('soc2lint: open a folder to generate a compliance report.');
      return undefined;
    }
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'soc2lint: compliance report', cancellable: true }, async (progress, token) => {
      const workDoneToken = `soc2lint-report-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      let shown = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const v = value as WorkDoneProgressBegin | WorkDoneProgressReport;
        const percentage = v.percentage ?? shown;
        progress.report({ increment: Math.max(0, percentage - shown), ...(v.message ? { message: v.message } : {}) });
        shown = Math.max(shown, percentage);
      });
      const params: ReportParams = { workDoneToken, ...(args.folders?.length ? { folders: args.folders } : {}), ...(args.noTimestamp ? { noTimestamp: true } : {}) };
      try {
        const result = await client.sendRequest<ReportResult>(REPORT_REQUEST, params, token);
        this.output.appendLine(`[client] compliance report: ${result.report.scope.filesEvaluated} files, ${result.report.findings.length} findings in ${result.durationMs} ms`);
        return result;
      } catch (error) {
        if (token.isCancellationRequested) {
          vscode.window.setStatusBarMessage('soc2lint: compliance report cancelled', 3000);
          return undefined;
        }
        this.output.appendLine(`[client] ${REPORT_REQUEST} failed: ${errorText(error)}`);
        void vscode.window.showErrorMessage(`soc2lint: the compliance report failed: ${errorText(error)}`);
        return undefined;
      } finally {
        listener.dispose();
      }
    });
  }

  private show(result: ReportResult): void {
    this.result = result;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'SOC 2 Compliance Report', vscode.ViewColumn.Active, {
        enableScripts: true,
        enableFindWidget: true,
        // Nothing is loaded from disk or the network: the page is self-contained.
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.result = undefined;
      }, undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m), undefined, this.disposables);
    }
    const folders = vscode.workspace.workspaceFolders ?? [];
    const workspaceName = vscode.workspace.name ?? folders.map((f) => f.name).join(', ');
    this.html = renderReportWebview(result.report, { cspSource: this.panel.webview.cspSource, nonce: nonce(), workspaceName });
    this.panel.webview.html = this.html;
    this.panel.reveal(undefined, false);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message: ReportWebviewMessage | undefined = parseWebviewMessage(raw);
    if (!message) return;
    try {
      if (message.type === 'open') await this.open(message.list, message.index);
      else if (message.type === 'save') await this.save({ format: message.format });
      else await this.generateAndShow();
    } catch (error) {
      void vscode.window.showErrorMessage(`soc2lint: ${errorText(error)}`);
    }
  }

  /** Opens the file of a finding or exception with its range selected, beside the report. */
  private async open(list: 'findings' | 'exceptions', index: number): Promise<void> {
    const result = this.result;
    const item = result?.report[list][index];
    if (!result || !item) return;
    const range = new vscode.Range(item.line - 1, item.column - 1, item.endLine - 1, item.endColumn - 1);
    const column = this.panel?.viewColumn;
    const editor = await vscode.window.showTextDocument(locationUri(result.rootUri, item), {
      preview: false,
      viewColumn: column === undefined ? vscode.ViewColumn.Active : vscode.ViewColumn.Beside,
    });
    // The range selected with the cursor at its start, as "Go to Problem" leaves it.
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Saves the shown report (generating one first if none is shown). Resolves to the file written. */
  async save(args: SaveReportArgs = {}): Promise<vscode.Uri | undefined> {
    const result = this.result ?? (await this.generateAndShow());
    if (!result) return undefined;
    let format = args.format;
    if (!format || !(REPORT_FORMATS as readonly string[]).includes(format)) {
      const picked = await vscode.window.showQuickPick(
        REPORT_FORMATS.map((f) => ({ label: FORMAT_LABEL[f], description: `.${FILE_EXTENSION[f]}`, format: f })),
        { placeHolder: 'Save the compliance report as' },
      );
      if (!picked) return undefined;
      format = picked.format;
    }
    let target = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
    if (!target) {
      const defaultUri = vscode.Uri.joinPath(vscode.Uri.parse(result.rootUri), `soc2lint-report.${FILE_EXTENSION[format]}`);
      target = await vscode.window.showSaveDialog({ defaultUri, filters: { [FILTER_NAME[format]]: [FILE_EXTENSION[format]] }, saveLabel: `Save ${FORMAT_LABEL[format]} report`, title: `Save the SOC 2 compliance report as ${FORMAT_LABEL[format]}` });
      if (!target) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(reportText(result, format)));
    this.output.appendLine(`[client] compliance report saved as ${format}: ${target.toString()}`);
    if (!args.uri) {
      void vscode.window.showInformationMessage(`soc2lint: saved the compliance report to ${vscode.workspace.asRelativePath(target)}.`, 'Open').then((choice) => {
        if (choice === 'Open' && target) void vscode.commands.executeCommand('vscode.open', target);
      });
    }
    return target;
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

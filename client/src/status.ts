/**
 * The status bar item: soc2lint's finding count for the workspace, a spinner while the server walks
 * the workspace, and a warning look when the server is down. Clicking it opens the Problems view
 * (or the output channel when the server is not running). The counts come from the server's
 * `soc2lint/status` request; if that fails the item still counts the published diagnostics (the counts always come from VS Code's diagnostics collection, so they match the Problems view).
 */
import * as vscode from 'vscode';
import type { StatusResult } from '../../server/src/lsp/protocol';

export type ServerState = 'starting' | 'running' | 'stopped';

/** What the item shows; returned by the extension API for the end-to-end tests. */
export interface StatusSnapshot {
  state: ServerState;
  indexing: boolean;
  errors: number;
  warnings: number;
  infos: number;
  text: string;
  tooltip: string;
}

type Counts = Pick<StatusResult, 'errors' | 'warnings' | 'infos'>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Counts soc2lint's diagnostics in VS Code's own collection (the fallback when the server cannot answer). */
export function countPublishedDiagnostics(): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      if (d.source !== 'soc2lint') continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private state: ServerState = 'starting';
  private indexing = false;
  private counts: Counts = { errors: 0, warnings: 0, infos: 0 };

  constructor() {
    this.item = vscode.window.createStatusBarItem('soc2lint.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'soc2lint';
    this.render();
    this.item.show();
  }

  setState(state: ServerState): void {
    this.state = state;
    if (state !== 'running') this.indexing = false;
    this.render();
  }

  setIndexing(indexing: boolean): void {
    this.indexing = indexing;
    this.render();
  }

  setCounts(counts: Counts): void {
    this.counts = { errors: counts.errors, warnings: counts.warnings, infos: counts.infos };
    this.render();
  }

  snapshot(): StatusSnapshot {
    return {
      state: this.state,
      indexing: this.indexing,
      ...this.counts,
      text: this.item.text,
      tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? ''),
    };
  }

  private render(): void {
    const { errors, warnings, infos } = this.counts;
    const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;
    this.item.backgroundColor = undefined;
    if (this.state === 'stopped') {
      this.item.text = '$(warning) soc2lint';
      this.item.tooltip = 'soc2lint: the language server is not running. Click to show its output.';
      this.item.command = 'soc2lint.showOutput';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      return;
    }
    this.item.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
    if (this.state === 'starting') {
      this.item.text = '$(sync~spin) soc2lint';
      this.item.tooltip = 'soc2lint: starting the language server…';
    } else if (this.indexing) {
      this.item.text = `$(sync~spin) soc2lint ${errors + warnings + infos}`;
      this.item.tooltip = `soc2lint: indexing the workspace… So far ${summary}. Click to open the Problems view.`;
    } else if (errors + warnings + infos === 0) {
      this.item.text = '$(check) soc2lint';
      this.item.tooltip = 'soc2lint: no findings. Click to open the Problems view.';
    } else {
      // Codicons, as the Problems indicator itself shows them.
      this.item.text = `$(shield) soc2lint $(error) ${errors} $(warning) ${warnings} $(info) ${infos}`;
      this.item.tooltip = `soc2lint: ${summary} in the workspace. Click to open the Problems view.`;
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}

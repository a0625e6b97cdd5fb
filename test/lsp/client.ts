/**
 * A small LSP test client: spawns the BUILT server (`node dist/server.js --stdio`), talks to it over
 * a real stdio JSON-RPC connection (vscode-jsonrpc), answers the server's requests
 * (workspace/configuration from a settings table, registrations, progress creation) and records
 * what it publishes. Waits are event-driven with timeouts, never fixed sleeps.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { IndexingParams } from '../../server/src/lsp/protocol';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SERVER = join(REPO_ROOT, 'dist', 'server.js');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'lsp');

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds dist/server.js unless it is newer than every source it bundles (`npm test` builds first). */
export function ensureServerBuilt(): void {
  const sources = ['server/src', 'rules', 'package.json'].map((p) => join(REPO_ROOT, p)).filter(existsSync);
  if (existsSync(SERVER) && statSync(SERVER).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

/** A copy of a fixture workspace in a temp folder (tests edit files on disk). */
export function copyWorkspace(name: string): string {
  const root = mkdtempSync(join(tmpdir(), 'soc2lint-lsp-'));
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return root;
}

export function removeWorkspace(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

export function uriOf(path: string): string {
  return pathToFileURL(path).toString();
}

export interface Publish {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  /** Order of arrival. */
  seq: number;
}

export interface StartOptions {
  /** Workspace folder (absolute path); none for a folder-less session. */
  root?: string;
  env?: Record<string, string>;
  /** `soc2lint` settings returned for every scope, unless `settingsFor` says otherwise. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** false: the client says it supports no work-done progress. */
  progress?: boolean;
}

type Waiter = { test: () => boolean; resolve: () => void };

export class LspClient {
  readonly publishes: Publish[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly indexing: IndexingParams[] = [];
  readonly progress: { token: string | number; value: { kind: string; title?: string; cancellable?: boolean; message?: string } }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  settings: Record<string, unknown>;
  filesExclude: Record<string, boolean> = {};
  private readonly docs = new Map<string, TextDocument>();
  private readonly waiters: Waiter[] = [];
  private seq = 0;
  stderr = '';

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    ensureServerBuilt();
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { env: { ...process.env, ...(options.env ?? {}) }, stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new LspClient(proc, connection, options);
    proc.stderr.on('data', (chunk: Buffer) => (client.stderr += chunk.toString('utf8')));
    connection.onNotification('textDocument/publishDiagnostics', (p: Omit<Publish, 'seq'>) => client.record(() => client.publishes.push({ ...p, seq: client.seq++ })));
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => client.record(() => client.logs.push(p)));
    connection.onNotification('soc2lint/indexing', (p: IndexingParams) => client.record(() => client.indexing.push(p)));
    connection.onNotification('$/progress', (p: LspClient['progress'][number]) => client.record(() => client.progress.push(p)));
    connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((item) => {
        client.configurationRequests.push(item);
        return item.section === 'files.exclude' ? client.filesExclude : client.settings;
      }),
    );
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.record(() => client.registrations.push(...p.registrations));
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('window/showDocument', () => ({ success: true }));
    connection.listen();
    const root = options.root;
    const progress = options.progress !== false;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? uriOf(root) : null,
      workspaceFolders: root ? [{ uri: uriOf(root), name: 'ws' }] : null,
      initializationOptions: options.initializationOptions ?? {},
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
        },
        window: { workDoneProgress: progress, showDocument: { support: true } },
      },
    });
    void connection.sendNotification('initialized', {});
    return client;
  }

  private record(action: () => void): void {
    action();
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Resolves when `test` holds (checked now and after every recorded message), or rejects after `timeoutMs`. */
  waitUntil(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nstderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Resolves when every workspace walk begun has ended. */
  indexed(timeoutMs?: number): Promise<void> {
    const count = (state: string) => this.indexing.filter((n) => n.state === state).length;
    return this.waitUntil(() => count('begin') > 0 && count('begin') === count('end'), 'the workspace walk to end', timeoutMs);
  }

  /** Sequence number the next publish will get: pass it as `since` to wait for newer ones. */
  mark(): number {
    return this.seq;
  }

  /** The first publish for `uri` at or after `since` that satisfies `test`. */
  async diagnostics(uri: string, options: { since?: number; version?: number; test?: (d: Diagnostic[]) => boolean; timeoutMs?: number } = {}): Promise<Diagnostic[]> {
    const since = options.since ?? 0;
    const find = () =>
      this.publishes.find((p) => p.seq >= since && p.uri === uri && (options.version === undefined || p.version === options.version) && (!options.test || options.test(p.diagnostics)));
    await this.waitUntil(() => find() !== undefined, `diagnostics for ${uri}${options.version !== undefined ? ` v${options.version}` : ''}`, options.timeoutMs);
    return find()!.diagnostics;
  }

  /** The latest publish for `uri`, if any. */
  latest(uri: string): Publish | undefined {
    for (let i = this.publishes.length - 1; i >= 0; i--) if (this.publishes[i]!.uri === uri) return this.publishes[i];
    return undefined;
  }

  open(uri: string, text: string, languageId = 'yaml'): number {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  version(uri: string): number {
    return this.doc(uri).version;
  }

  private doc(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc;
  }

  /** Sends incremental changes (applied in order, as LSP says); returns the new version. */
  change(uri: string, changes: { range: Range; text: string }[]): number {
    const doc = this.doc(uri);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text through one ranged change. */
  replaceAll(uri: string, text: string): number {
    const doc = this.doc(uri);
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, text }]);
  }

  /** Applies text edits of one document (as a client applies a WorkspaceEdit) and sends them. */
  applyEdits(uri: string, edits: TextEdit[]): number {
    // Bottom-up, so each change's positions are still valid when the server applies them in order.
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    return this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.proc.kill();
        resolve();
      }, 2000);
      this.proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/** A diagnostic's message text (LSP 3.18 types also allow markup). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Rule ids of diagnostics, sorted. */
export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

/** A comparable view of diagnostics (what a user sees), version-independent. */
export function view(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${messageOf(d)}`).sort();
}

/**
 * A language server over a fresh temporary folder holding `files` (path -> text), started before the
 * suite's tests and stopped (folder removed) after them. Call inside `describe`; read `root`,
 * `client` and `file(rel)` in the tests.
 */
export function serverOnTree(files: Record<string, string>, options: Omit<StartOptions, 'root'> = { settings: { debounceMs: 0 } }): { readonly root: string; readonly client: LspClient; file(rel: string): string } {
  let root = '';
  let client: LspClient | undefined;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'soc2lint-lsp-'));
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    client = await LspClient.start({ ...options, root });
    await client.indexed();
  });
  after(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });
  return {
    get root() {
      return root;
    },
    get client() {
      return client!;
    },
    file: (rel: string) => join(root, rel),
  };
}

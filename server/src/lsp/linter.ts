/**
 * Linting open documents: per-document debounce, results cached by uri + version, and never a
 * publish for a stale version. Each run remembers the version it started for; after the (async)
 * settings look-up it checks that the document is still at that version and drops the work
 * otherwise (the change that superseded it has scheduled its own run), so pending work is replaced,
 * never queued. Publishes carry the version and never go backwards for a document.
 */
import { basename, join } from 'node:path';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintParsed, parseDocument, type ParseCache, type ParsedFile } from '../engine/lint';
import { classifyPath } from '../engine/classify';
import { DockerfileParseCache } from '../engine/dockerfile-cache';
import { YamlParseCache } from '../engine/yaml-cache';
import type { Rule } from '../engine/rule';
import type { Finding, LintInput, LintResult } from '../engine/types';
import { factsFromObjects, type WorkspaceIndex } from '../engine/workspace-index';
import type { ChartRootCache } from '../workspace/chart-root';
import type { HelmLintContext } from '../engine/helm/template';
import { chartRootOf } from '../workspace/helm-charts';
import { chartAndSubchartRoots, fixChartValues, type ValuesFixTemplate } from '../workspace/helm-fix';
import type { HelmSupport } from './helm';
import { isExcluded } from '../workspace/discover';
import { documentConfig, type DocumentConfig, type SettingsStore } from './configuration';
import { countSeverities, fileNote, toDiagnostic } from './diagnostics';
import { updateFacts } from './facts';
import type { Projects } from './project';
import type { StatusResult } from './protocol';
import { DEFAULT_DEBOUNCE_MS, type Soc2lintSettings } from './settings';
import { fsPathOf, resolveTarget, type LintTarget } from './targets';

/** Bytes looked at for a NUL character, as git (and the CLI) do to call content binary. */
const BINARY_PROBE = 8 * 1024;

export interface LintOutcome {
  uri: string;
  /** Document version; undefined for a closed file read from disk. */
  version: number | undefined;
  generation: number;
  target: LintTarget;
  text: string;
  config: DocumentConfig | undefined;
  parsed: ParsedFile | undefined;
  result: LintResult | undefined;
  diagnostics: Diagnostic[];
  /** Set once these diagnostics were sent (code actions may compute a version before its publish). */
  published?: boolean;
}

export interface LinterHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  projects: Projects;
  charts: ChartRootCache;
  /** Chart context (values) for templates, and which templates a values edit affects. */
  helm: HelmSupport;
  index: WorkspaceIndex;
  rules: readonly Rule[];
  /** A file's index facts changed in `namespaces`: other files' cross-file findings may change. */
  onFactsChanged(namespaces: ReadonlySet<string>, sourceKey: string): void;
  isIndexing(): boolean;
}

interface Pending {
  cancel(): void;
}

export class Linter {
  private readonly pending = new Map<string, Pending>();
  private readonly cache = new Map<string, LintOutcome>();
  private readonly published = new Map<string, { version: number | undefined; diagnostics: Diagnostic[] }>();
  private readonly debounce = new Map<string, number>();
  private readonly loggedRuleErrors = new Set<string>();
  /** Per open document: its parsed YAML documents or Dockerfile segments, so an edit re-parses only what it touched. */
  private readonly parseCaches = new Map<string, ParseCache>();
  private generation = 0;
  ruleErrors = 0;

  constructor(private readonly host: LinterHost) {}

  /** Settings, config files or the index changed: cached results no longer count. */
  invalidate(): void {
    this.generation++;
  }

  /** Lints `uri` after its debounce (or `delayMs`); a later call replaces an earlier pending one. */
  schedule(uri: string, delayMs?: number): void {
    this.pending.get(uri)?.cancel();
    const delay = delayMs ?? this.debounce.get(uri) ?? DEFAULT_DEBOUNCE_MS;
    const run = () => {
      this.pending.delete(uri);
      this.run(uri).catch((error: unknown) => this.internalError(`linting ${uri}`, error));
    };
    if (delay <= 0) {
      const handle = setImmediate(run);
      this.pending.set(uri, { cancel: () => clearImmediate(handle) });
    } else {
      const handle = setTimeout(run, delay);
      this.pending.set(uri, { cancel: () => clearTimeout(handle) });
    }
  }

  /** Re-lints open documents at once (all, or those whose key passes `filter`). */
  relintOpen(filter?: (key: string, uri: string) => boolean): void {
    for (const doc of this.host.documents.all()) {
      const key = fsPathOf(doc.uri) ?? doc.uri;
      if (!filter || filter(key, doc.uri)) this.schedule(doc.uri, 0);
    }
  }

  /** Version of an open document, null when it is not open (for versioned workspace edits). */
  openVersion(uri: string): number | null {
    return this.host.documents.get(uri)?.version ?? null;
  }

  /** Whether an open document has this index key (its text then overrides the disk). */
  isOpenKey(key: string): boolean {
    return this.host.documents.all().some((doc) => (fsPathOf(doc.uri) ?? doc.uri) === key);
  }

  /**
   * Forgets a closed document and clears its diagnostics. Returns its index key: the caller puts the
   * disk version's facts back (the open text no longer overrides them).
   */
  closed(uri: string): string | undefined {
    this.pending.get(uri)?.cancel();
    this.pending.delete(uri);
    const key = this.cache.get(uri)?.target.key;
    if (key !== undefined) this.host.helm.closed(key);
    this.cache.delete(uri);
    this.parseCaches.delete(uri);
    this.debounce.delete(uri);
    this.published.delete(uri);
    void this.host.connection.sendDiagnostics({ uri, diagnostics: [] });
    return key;
  }

  private async run(uri: string): Promise<void> {
    const doc = this.host.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await this.host.settings.forResource(uri);
    const now = this.host.documents.get(uri);
    // Superseded while the settings were read: the newer change has its own run scheduled.
    if (!now || now.version !== version) return;
    this.debounce.set(uri, settings.debounceMs);
    // Cached by uri + version: nothing changed since this version was linted (re-lint requests after
    // a walk, a second trigger) means nothing to compute, and nothing new to publish.
    const cached = this.cache.get(uri);
    if (cached && cached.version === version && cached.generation === this.generation) {
      if (!cached.published) this.publishOutcome(cached);
      return;
    }
    const started = performance.now();
    const outcome = this.compute(uri, now.languageId, version, now.getText(), settings);
    this.cache.set(uri, outcome);
    if (settings.trace === 'verbose') {
      this.host.connection.console.log(`linted ${uri} v${version}: ${outcome.diagnostics.length} diagnostics in ${(performance.now() - started).toFixed(1)} ms`);
    }
    this.publishOutcome(outcome);
  }

  private publishOutcome(outcome: LintOutcome): void {
    outcome.published = true;
    this.publish(outcome.uri, outcome.version, outcome.diagnostics);
  }

  /** The result for the document's current text, computing it if the cache has none. */
  async current(uri: string): Promise<LintOutcome | undefined> {
    const doc = this.host.documents.get(uri);
    if (!doc) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === doc.version && cached.generation === this.generation) return cached;
    const settings = await this.host.settings.forResource(uri);
    const now = this.host.documents.get(uri);
    if (!now) return undefined;
    const outcome = this.compute(uri, now.languageId, now.version, now.getText(), settings);
    this.cache.set(uri, outcome);
    return outcome;
  }

  /**
   * Lints one text: the open document's, or a closed file's disk text (`version` undefined). Updates
   * the file's workspace-index facts from the text it lints, so the open text overrides the disk.
   */
  compute(uri: string, languageId: string | undefined, version: number | undefined, text: string, settings: Soc2lintSettings): LintOutcome {
    const { projects, charts, index } = this.host;
    const target = resolveTarget(uri, languageId, text, projects, charts);
    const outcome: LintOutcome = { uri, version, generation: this.generation, target, text, config: undefined, parsed: undefined, result: undefined, diagnostics: [] };
    const configFolder = target.absPath ? projects.configFolderOf(target.absPath) : undefined;
    if (configFolder && target.absPath) {
      // The workspace's .soc2lint.yaml: check the text as typed; it applies once saved.
      outcome.diagnostics = this.host.settings.trusted ? projects.check(text, target.absPath).diagnostics : projects.state(configFolder).diagnostics;
      return outcome;
    }
    const project = target.folder ? projects.state(target.folder) : undefined;
    const config = documentConfig(settings, target.folder, project);
    outcome.config = config;
    if (!settings.enable) return outcome;
    const excluded = target.absPath !== undefined && isExcluded(target.absPath, false, config.excludes);
    if (!target.lintable || excluded || text.slice(0, BINARY_PROBE).includes('\u0000')) {
      this.setFacts(target.key, undefined, config);
      return outcome;
    }
    if (text.length > config.lint.maxFileSize) {
      this.setFacts(target.key, undefined, config);
      outcome.diagnostics = [fileNote(`soc2lint skipped this file: it is larger than ${config.lint.maxFileSize} characters.`)];
      return outcome;
    }
    const input: LintInput = target.kind ? { uri: target.key, text, kind: target.kind } : { uri: target.key, text };
    // Only open documents (they have a version) keep a parse cache; closed files are linted once.
    const parseCache = version === undefined ? undefined : this.parseCacheFor(uri, (target.kind ?? classifyPath(target.key)) === 'dockerfile');
    const helm = this.host.helm.contextFor(target);
    const parsed = parseDocument(input, helm, parseCache);
    this.setFacts(target.key, parsed, config);
    this.host.helm.linted(target, helm, parsed);
    const result = lintParsed(input, parsed, config.lint, {
      index,
      helm,
      rules: this.host.rules,
      onRuleError: (ruleId, error) => this.ruleError(ruleId, target, error),
    });
    outcome.parsed = parsed;
    outcome.result = result;
    outcome.diagnostics = result.findings.map((f, i) => toDiagnostic(f, i, version, config.lint));
    return outcome;
  }

  private parseCacheFor(uri: string, dockerfile: boolean): ParseCache {
    let cache = this.parseCaches.get(uri);
    // A document whose language changed gets the other kind of cache.
    if (!cache || cache instanceof DockerfileParseCache !== dockerfile) {
      cache = dockerfile ? new DockerfileParseCache() : new YamlParseCache();
      this.parseCaches.set(uri, cache);
    }
    return cache;
  }

  /** The findings of another text of the same document (fix-all iterations). */
  lintText(outcome: LintOutcome, text: string): Finding[] {
    if (!outcome.config) return [];
    const input: LintInput = outcome.target.kind ? { uri: outcome.target.key, text, kind: outcome.target.kind } : { uri: outcome.target.key, text };
    const helm = this.host.helm.contextFor(outcome.target);
    const parsed = parseDocument(input, helm);
    return lintParsed(input, parsed, outcome.config.lint, {
      index: this.host.index,
      helm,
      rules: this.host.rules,
      onRuleError: (ruleId, error) => this.ruleError(ruleId, outcome.target, error),
    }).findings;
  }

  /**
   * For a chart's values.yaml: `text` with the values-side fixes of the chart's templates (and of its
   * subcharts', whose values it sets under their key) applied (helm-fix.ts, the same loop
   * `scan --fix` runs); unchanged for any other document.
   */
  fixValuesForTemplates(outcome: LintOutcome, text: string): string {
    const config = outcome.config;
    const target = outcome.target;
    if (!config || !target.absPath || !target.helm || !/^values\.ya?ml$/i.test(target.helm.chartRelativePath)) return text;
    const charts = this.host.helm.charts;
    const root = chartRootOf(target.absPath, target.helm);
    const read = (p: string) => this.host.helm.read(p);
    const templates: ValuesFixTemplate[] = chartAndSubchartRoots(charts, root).flatMap((chartRoot) =>
      charts
        .templatesOf(chartRoot, read)
        .filter((t) => /\.ya?ml$/i.test(t.chartRelativePath))
        .map((t) => ({
          label: t.chartRelativePath,
          lint: () => {
            const absPath = join(chartRoot, t.chartRelativePath);
            const helm: HelmLintContext | undefined = charts.contextFor(absPath, { chartRelativePath: t.chartRelativePath });
            if (!helm) return [];
            const input = { uri: absPath, text: t.text };
            return lintParsed(input, parseDocument(input, helm), config.lint, { helm, rules: this.host.rules }).findings;
          },
        })),
    );
    if (templates.length === 0) return text;
    return fixChartValues(charts, { absPath: target.absPath, uri: target.key, text }, templates).text;
  }

  private setFacts(key: string, parsed: ParsedFile | undefined, config: DocumentConfig): void {
    const facts = parsed?.kind === 'kubernetes' ? factsFromObjects(key, parsed.objects, config.lint.defaultNamespace) : undefined;
    const changed = updateFacts(this.host.index, key, facts);
    if (changed.size > 0) this.host.onFactsChanged(changed, key);
  }

  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    const last = this.published.get(uri);
    if (last?.version !== undefined && version !== undefined && version < last.version) return;
    this.published.set(uri, { version, diagnostics });
    void this.host.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  /** Clears what was published for a closed file (scope back to open files, file deleted). */
  unpublish(uri: string): void {
    if (!this.published.delete(uri)) return;
    void this.host.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  status(uri?: string): StatusResult {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let documents = 0;
    for (const [u, p] of this.published) {
      if (uri !== undefined && u !== uri) continue;
      const c = countSeverities(p.diagnostics);
      errors += c.errors;
      warnings += c.warnings;
      infos += c.infos;
      if (p.diagnostics.length > 0) documents++;
    }
    return { errors, warnings, infos, documents, indexing: this.host.isIndexing(), indexedFiles: this.host.index.fileCount, ruleErrors: this.ruleErrors };
  }

  private ruleError(ruleId: string, target: LintTarget, error: unknown): void {
    this.ruleErrors++;
    const message = error instanceof Error ? error.message : String(error);
    // Once per rule, file and message: a broken rule would otherwise log on every keystroke.
    const key = `${ruleId}\0${target.key}\0${message}`;
    if (this.loggedRuleErrors.has(key)) return;
    this.loggedRuleErrors.add(key);
    const stack = error instanceof Error && error.stack ? `\n${error.stack.split('\n').slice(1, 6).join('\n')}` : '';
    this.host.connection.console.error(`soc2lint: rule ${ruleId} failed on ${basename(target.key)} and was skipped (the other rules ran): ${message}${stack}`);
  }

  internalError(what: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.host.connection.console.error(`soc2lint: internal error while ${what}: ${detail}`);
  }
}

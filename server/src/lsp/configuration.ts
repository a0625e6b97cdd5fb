/**
 * Settings per resource (STYLE.md §5): `workspace/configuration` with `scopeUri` = the document, so
 * folder and language overrides apply; cached until `workspace/didChangeConfiguration`. Clients
 * without pull configuration get what they push in `didChangeConfiguration` (or the defaults).
 * Also merges settings with the folder's `.soc2lint.yaml` into the engine configuration.
 */
import type { Connection } from 'vscode-languageserver';
import { knownRuleKeys } from '../engine/aliases';
import { resolveConfig } from '../engine/config';
import type { Rule } from '../engine/rule';
import type { LintConfig, RuleSetting, Severity } from '../engine/types';
import type { ExcludePattern } from '../workspace/discover';
import type { Folder, ProjectState } from './project';
import { parseFilesExclude, parseSettings, restrictForUntrustedWorkspace, type Soc2lintSettings } from './settings';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Soc2lintSettings>>();
  private readonly filesExcludeCache = new Map<string, Promise<string[]>>();
  private pushed: unknown;
  private readonly warned = new Set<string>();
  private readonly knownRuleIds: ReadonlySet<string>;
  private readonly defaults: Map<string, Severity>;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    readonly trusted: boolean,
    rules: readonly Rule[],
  ) {
    this.knownRuleIds = knownRuleKeys(rules);
    this.defaults = new Map(rules.map((r) => [r.meta.id, r.meta.severity]));
  }

  /** The `soc2lint` settings for a document or folder URI (undefined: the window's). */
  forResource(scopeUri: string | undefined): Promise<Soc2lintSettings> {
    const key = scopeUri ?? '';
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.fetch(scopeUri);
      this.cache.set(key, entry);
    }
    return entry;
  }

  /** VS Code's `files.exclude` globs for a folder (respected by the workspace walk). */
  filesExclude(folderUri: string): Promise<string[]> {
    let entry = this.filesExcludeCache.get(folderUri);
    if (!entry) {
      entry = this.canPull
        ? this.connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'files.exclude' }).then(parseFilesExclude, () => [])
        : Promise.resolve([]);
      this.filesExcludeCache.set(folderUri, entry);
    }
    return entry;
  }

  /** `workspace/didChangeConfiguration`: forget everything; `settings` is what push clients send. */
  changed(settings: unknown): void {
    const section = (settings as { soc2lint?: unknown } | null | undefined)?.soc2lint;
    if (section !== undefined) this.pushed = section;
    this.cache.clear();
    this.filesExcludeCache.clear();
  }

  private async fetch(scopeUri: string | undefined): Promise<Soc2lintSettings> {
    let raw: unknown = this.pushed;
    if (this.canPull) {
      try {
        raw = await this.connection.workspace.getConfiguration(scopeUri === undefined ? { section: 'soc2lint' } : { scopeUri, section: 'soc2lint' });
      } catch (error) {
        this.warn(`soc2lint: cannot read settings (${error instanceof Error ? error.message : String(error)}); using defaults`);
      }
    }
    const settings = parseSettings(raw, this.knownRuleIds, (m) => this.warn(m));
    return this.trusted ? settings : restrictForUntrustedWorkspace(settings, (id) => this.defaults.get(id));
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.connection.console.warn(message);
  }
}

/** What one document is linted with. */
export interface DocumentConfig {
  settings: Soc2lintSettings;
  lint: LintConfig;
  /** soc2lint.exclude and the config file's exclude, with the folders they are relative to. */
  excludes: ExcludePattern[];
}

/** UTC date for suppression expiry (the engine has no clock). */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Settings over the config file: per-rule settings from both (the user's setting wins for a rule
 * both name), excludes and trusted registries from both, the default namespace from the file.
 */
export function documentConfig(settings: Soc2lintSettings, folder: Folder | undefined, project: ProjectState | undefined): DocumentConfig {
  const file = project?.config;
  const rules: Record<string, RuleSetting> = { ...(file?.rules ?? {}), ...settings.rules };
  const lint = resolveConfig({
    profile: settings.profile ?? file?.profile ?? 'recommended',
    rules,
    trustedRegistries: [...new Set([...(file?.trustedRegistries ?? []), ...settings.trustedRegistries])],
    defaultNamespace: file?.defaultNamespace ?? 'default',
    today: todayUtc(),
  });
  const excludes: ExcludePattern[] = [];
  if (file) excludes.push(...file.exclude.map((pattern) => ({ pattern, baseDir: file.baseDir })));
  if (folder) excludes.push(...settings.exclude.map((pattern) => ({ pattern, baseDir: folder.path })));
  return { settings, lint, excludes };
}

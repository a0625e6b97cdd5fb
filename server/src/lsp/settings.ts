/**
 * The `soc2lint.*` settings: defaults, validation of what the client sends, and the untrusted
 * workspace filter.
 *
 * Workspace trust (initialization option `untrustedWorkspace: true`, sent by the VS Code client in
 * Restricted Mode). A cloned repository controls its own `.vscode/settings.json` and
 * `.soc2lint.yaml`; in an untrusted folder the server ignores everything from those that could hide
 * findings from the person reviewing it, and keeps linting:
 * - `soc2lint.rules` entries that turn a rule off or lower its severity below the default
 *   (entries that raise a severity still apply);
 * - `soc2lint.exclude` (would hide files from linting);
 * - `soc2lint.trustedRegistries` (would silence image-provenance findings);
 * - `.soc2lint.yaml` as a whole (its rules, exclude, trustedRegistries and defaultNamespace), which
 *   gets an information diagnostic saying so.
 * `soc2lint.enable`, `debounceMs` (clamped), `diagnostics.scope` and `trace.server` still apply:
 * none of them can make a finding disappear silently. The server cannot tell a user-level value from
 * a workspace-level one (workspace/configuration returns the merged value), so in Restricted Mode
 * the user-level values of those settings are ignored too; the client should also mark them
 * `"restricted": true` so VS Code itself drops the workspace values.
 */
import { PROFILES, SEVERITIES, type Profile, type RuleSetting, type Severity } from '../engine/types';

export type DiagnosticsScope = 'openFiles' | 'workspace';
export type TraceLevel = 'off' | 'messages' | 'verbose';

export interface Soc2lintSettings {
  enable: boolean;
  /** Undefined: the workspace's .soc2lint.yaml decides, else `recommended`. */
  profile: Profile | undefined;
  rules: Record<string, RuleSetting>;
  exclude: string[];
  trustedRegistries: string[];
  /** Per-document debounce before linting after an edit; 0 lints at once. */
  debounceMs: number;
  diagnosticsScope: DiagnosticsScope;
  trace: TraceLevel;
}

export const DEFAULT_DEBOUNCE_MS = 100;
/** A longer debounce is as good as disabling live linting; a workspace must not do that silently. */
export const MAX_DEBOUNCE_MS = 5000;

export function defaultSettings(): Soc2lintSettings {
  return { enable: true, profile: undefined, rules: {}, exclude: [], trustedRegistries: [], debounceMs: DEFAULT_DEBOUNCE_MS, diagnosticsScope: 'openFiles', trace: 'off' };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads `a.b` from either nested (`{a: {b}}`, what VS Code sends) or flat (`{'a.b'}`) settings. */
function dotted(raw: Record<string, unknown>, path: string): unknown {
  if (path in raw) return raw[path];
  let current: unknown = raw;
  for (const part of path.split('.')) {
    if (!isRecord(current)) return undefined;
    current = current[part];
  }
  return current;
}

function stringList(value: unknown, key: string, warn: (m: string) => void): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    warn(`soc2lint.${key} must be a list of strings; ignoring it`);
    return undefined;
  }
  return (value as string[]).filter((v) => v.trim() !== '');
}

/**
 * Turns the `soc2lint` section sent by the client into settings. Invalid values are reported
 * through `warn` (the output channel) and replaced by the default; unknown rule ids are dropped.
 */
export function parseSettings(raw: unknown, knownRuleIds: ReadonlySet<string>, warn: (message: string) => void): Soc2lintSettings {
  const s = defaultSettings();
  if (!isRecord(raw)) return s;
  const enable = dotted(raw, 'enable');
  if (typeof enable === 'boolean') s.enable = enable;
  const profile = dotted(raw, 'profile');
  if (typeof profile === 'string' && (PROFILES as readonly string[]).includes(profile)) s.profile = profile as Profile;
  else if (profile !== undefined && profile !== null) warn(`soc2lint.profile must be one of ${PROFILES.join(', ')}; ignoring it`);
  const rules = dotted(raw, 'rules');
  if (isRecord(rules)) {
    for (const [id, value] of Object.entries(rules)) {
      const ruleId = id.toUpperCase();
      const setting = typeof value === 'string' ? value.toLowerCase() : '';
      if (!knownRuleIds.has(ruleId)) warn(`soc2lint.rules: unknown rule id "${id}"; ignoring it`);
      else if (setting !== 'off' && !(SEVERITIES as readonly string[]).includes(setting)) warn(`soc2lint.rules.${id} must be off, info, warning or error; ignoring it`);
      else s.rules[ruleId] = setting as RuleSetting;
    }
  } else if (rules !== undefined && rules !== null) warn('soc2lint.rules must map rule ids to off, info, warning or error; ignoring it');
  s.exclude = stringList(dotted(raw, 'exclude'), 'exclude', warn) ?? [];
  s.trustedRegistries = stringList(dotted(raw, 'trustedRegistries'), 'trustedRegistries', warn) ?? [];
  const debounce = dotted(raw, 'debounceMs');
  if (typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0) s.debounceMs = Math.min(Math.round(debounce), MAX_DEBOUNCE_MS);
  else if (debounce !== undefined && debounce !== null) warn('soc2lint.debounceMs must be a number of milliseconds >= 0; using 100');
  const scope = dotted(raw, 'diagnostics.scope');
  if (scope === 'openFiles' || scope === 'workspace') s.diagnosticsScope = scope;
  else if (scope !== undefined && scope !== null) warn('soc2lint.diagnostics.scope must be "openFiles" or "workspace"; using openFiles');
  const trace = dotted(raw, 'trace.server');
  if (trace === 'off' || trace === 'messages' || trace === 'verbose') s.trace = trace;
  return s;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Drops the settings an untrusted workspace could use to hide findings (see the file comment). */
export function restrictForUntrustedWorkspace(settings: Soc2lintSettings, defaultSeverity: (ruleId: string) => Severity | undefined): Soc2lintSettings {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(settings.rules)) {
    const base = defaultSeverity(id);
    if (setting !== 'off' && base !== undefined && RANK[setting] >= RANK[base]) rules[id] = setting;
  }
  return { ...settings, rules, exclude: [], trustedRegistries: [] };
}

/** VS Code's `files.exclude`: `{glob: true | {when}}`; only plain `true` entries apply to a walk. */
export function parseFilesExclude(raw: unknown): string[] {
  if (!isRecord(raw)) return [];
  return Object.entries(raw).flatMap(([glob, on]) => (on === true ? [glob] : []));
}

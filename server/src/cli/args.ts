/**
 * Command-line parsing. Node's own `parseArgs` keeps the bundle small and startup fast; every
 * problem becomes a UsageError (exit code 2) with a message that says what to type instead.
 */
import { parseArgs } from 'node:util';
import { PROFILES, SEVERITIES, type Profile, type RuleSetting, type Severity } from '../engine/types';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export type FailOn = Severity | 'none';
export const FAIL_ON: readonly FailOn[] = [...SEVERITIES, 'none'];
const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface ScanCommand {
  command: 'scan';
  paths: string[];
  format: OutputFormat;
  output: string | undefined;
  exclude: string[];
  maxFileSize: number;
  failOn: FailOn;
  fix: boolean;
  verbose: boolean;
  config: string | undefined;
  noConfig: boolean;
  rules: Record<string, RuleSetting>;
  profile: Profile | undefined;
  trustedRegistries: string[] | undefined;
  defaultNamespace: string | undefined;
  today: string | undefined;
  /** Helm values overlays chosen with `--values` (stacked in order per chart); undefined: every overlay on its own. */
  values: string[] | undefined;
}

export type Command = ScanCommand | { command: 'help' } | { command: 'version' } | { command: 'rules'; format: OutputFormat };

export const SCAN_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  exclude: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  'fail-on': { type: 'string' },
  fix: { type: 'boolean' },
  verbose: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  profile: { type: 'string' },
  'trusted-registry': { type: 'string', multiple: true },
  'default-namespace': { type: 'string' },
  today: { type: 'string' },
  values: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** `1048576`, `512k`, `512KB`, `1MiB`, `2m` → bytes. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) throw new UsageError(`--max-file-size: "${value}" is not a size (e.g. 1048576, 512KiB, 2MiB)`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: "${value}" is not one of ${allowed.join(', ')}`);
}

export function parseRuleSettings(values: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const value of values) {
    const m = /^([A-Za-z][A-Za-z0-9_-]*)\s*[=:]\s*(\w+)$/.exec(value);
    if (!m) throw new UsageError(`--rule: "${value}" must look like K8S002=off (off, info, warning or error)`);
    out[m[1]!.toUpperCase()] = oneOf(`--rule ${m[1]}`, m[2]!.toLowerCase(), RULE_SETTINGS, 'off');
  }
  return out;
}

/** Rewrites Node's parseArgs errors into a short message naming the flag. */
export function describeParseError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? '';
  // Node quotes the flag as '--bogus' or '-f, --format <value>': name the long form.
  const flag = /--[\w-]+/.exec(message)?.[0] ?? /'(-{1,2}[^' ,]+)/.exec(message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag ?? ''}`.trim();
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${flag ?? ''} needs a value`.replace('  ', ' ');
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument`;
  return message || String(error);
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help' };
  if (first === '--version' || first === 'version') return { command: 'version' };
  if (first === 'rules') {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { format: { type: 'string', short: 'f' } }, allowPositionals: false, strict: true });
    } catch (error) {
      throw new UsageError(describeParseError(error));
    }
    return { command: 'rules', format: oneOf('--format', parsed.values.format, ['text', 'json'] as const, 'text') };
  }
  if (first !== 'scan') {
    if (first.startsWith('-')) throw new UsageError(`unknown option ${first} (options come after the command, e.g. soc2lint scan ${first})`);
    throw new UsageError(`unknown command "${first}"`);
  }

  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: SCAN_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const v = parsed.values;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  return {
    command: 'scan',
    ...scanSettings(v, parsed.positionals),
    format: oneOf('--format', v.format, FORMATS, 'text'),
    output: v.output,
    fix: v.fix ?? false,
    verbose: v.verbose ?? false,
  };
}

/** The options `scan` and `report` share: what to scan and how to configure it. */
export type ScanSettings = Omit<ScanCommand, 'command' | 'format' | 'output' | 'fix' | 'verbose'>;

interface ScanSettingValues {
  exclude?: string[];
  'max-file-size'?: string;
  'fail-on'?: string;
  config?: string;
  'no-config'?: boolean;
  rule?: string[];
  profile?: string;
  'trusted-registry'?: string[];
  'default-namespace'?: string;
  today?: string;
  values?: string[];
}

/** Validates the shared options (UsageError on a bad value). */
export function scanSettings(v: ScanSettingValues, positionals: readonly string[]): ScanSettings {
  if (v.config !== undefined && v['no-config']) throw new UsageError('--config and --no-config cannot be combined');
  if (v.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.today)) throw new UsageError(`--today: "${v.today}" is not a YYYY-MM-DD date`);
  if (v['default-namespace'] === '') throw new UsageError('--default-namespace needs a non-empty value');
  const maxFileSize = v['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(v['max-file-size']);
  if (maxFileSize <= 0) throw new UsageError('--max-file-size must be positive');
  return {
    paths: positionals.length > 0 ? [...positionals] : ['.'],
    exclude: v.exclude ?? [],
    maxFileSize,
    failOn: oneOf('--fail-on', v['fail-on'], FAIL_ON, 'error'),
    config: v.config,
    noConfig: v['no-config'] ?? false,
    rules: parseRuleSettings(v.rule ?? []),
    profile: v.profile === undefined ? undefined : oneOf('--profile', v.profile, PROFILES, 'recommended'),
    trustedRegistries: v['trusted-registry'],
    defaultNamespace: v['default-namespace'],
    today: v.today,
    values: v.values,
  };
}

export const HELP_TEXT = `soc2lint — SOC 2 compliance linting for Dockerfiles, Kubernetes manifests and Helm charts

Usage:
  soc2lint scan [paths...] [options]   lint files and folders (default: .)
  soc2lint report [paths...] [options] SOC 2 compliance report (html, md, json, sarif)
  soc2lint rules [--format text|json]  list the rules
  soc2lint --help | --version

Scan options:
  -f, --format text|json|sarif   output format (default: text)
  -o, --output FILE              write the report to FILE instead of stdout
      --fail-on error|warning|info|none
                                 exit 1 when a finding is at or above this severity (default: error)
      --fix                      apply every safe quick fix in place, then report what is left
      --exclude GLOB             skip matching files/folders (repeatable; adds to the config's exclude;
                                 relative to the current folder; a glob without "/" matches a name at
                                 any depth)
      --max-file-size SIZE       skip larger files (default: 1MiB; e.g. 512KiB, 2MiB, 1048576)
      --verbose                  text format: list skipped files and suppressed findings
  -c, --config FILE              configuration file (default: .soc2lint.yaml in the first folder
                                 scanned, else in the current folder)
      --no-config                ignore configuration files
      --profile recommended|strict
                                 rule set (default: recommended; strict adds pinning, digests,
                                 HEALTHCHECK and other high-volume checks)
      --rule ID=SETTING          set a rule to off|info|warning|error (repeatable; overrides the config;
                                 peer ids such as KSV-0017, CKV_K8S_16 or DL3002 name our rules too)
      --trusted-registry HOST    trusted image registry (repeatable; replaces the config's list)
      --default-namespace NAME   namespace of objects without metadata.namespace (default: default)
      --today YYYY-MM-DD         date for suppression expiry (default: today, UTC)
      --values FILE              Helm values overlay to evaluate the chart's templates with, on top of
                                 its values.yaml (repeatable, stacked in order like helm -f; default:
                                 every values-<env>.yaml of a chart, each on its own; see docs/helm.md)

Report options (plus the scan options above except --fix and --verbose; see docs/report.md):
  -f, --format html|md|json|sarif  report format; pair each with an -o (in order); default md
  -o, --output FILE              write to FILE; the format follows the extension when -f is omitted
                                 (.html .md .json .sarif); one format may go to stdout
      --no-timestamp             leave out the generation time (same inputs, same bytes)
      --no-git                   leave out the git commit, dirty state and exception authors
  e.g. soc2lint report . -f html -o report.html -f json -o report.json

Always skipped: .git and node_modules folders, files listed in .gitignore files, binary files.

Configuration (.soc2lint.yaml):
  profile: recommended          # or strict
  rules: { K8S010: off, DF003: error }
  exclude: [vendor/**]          # relative to the configuration file's folder
  trustedRegistries: [registry.example.com]
  defaultNamespace: payments

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage, configuration or I/O error.
Set NO_COLOR to disable colours.
`;

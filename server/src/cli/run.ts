/**
 * The `soc2lint` command, free of process globals so tests can run it in-process: arguments and
 * streams come in, an exit code comes out.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { allRules } from '../../../rules/index';
import { knownRuleKeys } from '../engine/aliases';
import { resolveConfig } from '../engine/config';
import type { Rule } from '../engine/rule';
import type { LintConfig } from '../engine/types';
import { ConfigError, emptyProjectConfig, findConfigFile, loadConfigFile, type ProjectConfig } from '../workspace/config-file';
import { PathError, toDisplayPath, type ExcludePattern } from '../workspace/discover';
import { isOverlayName } from '../workspace/helm-charts';
import { scanWorkspace } from '../workspace/scan';
import { HELP_TEXT, parseCommandLine, UsageError, type OutputFormat, type ScanCommand, type ScanSettings } from './args';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { buildReport, exitCodeFor } from './report';
import { parseReportCommand } from './report-args';
import { runReport } from './report-command';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  /** UTC date (YYYY-MM-DD) used for suppression expiry unless --today is given. */
  today: string;
  version: string;
  /** The rules to run; defaults to the registry (tests inject their own). */
  rules?: readonly Rule[];
  /** The clock for the report's generation time (tests pin it); defaults to now. */
  now?: () => Date;
}

export type ExitCode = 0 | 1 | 2;

export function runCli(argv: readonly string[], io: CliIo): ExitCode {
  try {
    const command = argv[0] === 'report' ? parseReportCommand(argv.slice(1)) : parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        io.stdout.write(HELP_TEXT);
        return 0;
      case 'version':
        io.stdout.write(`${io.version}\n`);
        return 0;
      case 'rules':
        io.stdout.write(formatRuleList(command.format, io.rules ?? allRules));
        return 0;
      case 'scan':
        return runScan(command, io);
      case 'report':
        return runReport(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`soc2lint: error: ${error.message}\nRun "soc2lint --help" for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof PathError || error instanceof OutputError) {
      io.stderr.write(`soc2lint: error: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`soc2lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

/** A report or output file that cannot be written (exit code 2). */
export class OutputError extends Error {}

function loadProjectConfig(command: ScanSettings, cwd: string, knownIds: ReadonlySet<string>): ProjectConfig {
  if (command.noConfig) return emptyProjectConfig(cwd);
  if (command.config !== undefined) {
    const file = resolve(cwd, command.config);
    if (!existsSync(file)) throw new ConfigError(`config file not found: ${command.config}`);
    return loadConfigFile(file, command.config, knownIds);
  }
  // The first folder scanned is the project root; a list of files (pre-commit) uses the cwd's.
  const first = resolve(cwd, command.paths[0]!);
  const candidates = isDirectory(first) ? [first, cwd] : [cwd];
  for (const dir of candidates) {
    const file = findConfigFile(dir);
    if (file) return loadConfigFile(file, toDisplayPath(cwd, file), knownIds);
  }
  return emptyProjectConfig(cwd);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Paths checked, rule ids checked, configuration file loaded and merged: what `scan` and `report` both need. */
export function prepareScan(command: ScanSettings, io: CliIo): { rules: readonly Rule[]; config: LintConfig; excludes: ExcludePattern[] } {
  for (const p of command.paths) if (!existsSync(resolve(io.cwd, p))) throw new PathError(`no such file or folder: ${p}`);
  for (const p of command.values ?? []) {
    const abs = resolve(io.cwd, p);
    if (!existsSync(abs)) throw new PathError(`--values: no such file: ${p}`);
    // Overlays are a chart's own values files: values-<env>.yaml next to its Chart.yaml.
    if (!isOverlayName(basename(abs)) || !['Chart.yaml', 'Chart.yml'].some((n) => existsSync(join(dirname(abs), n)))) {
      throw new UsageError(`--values: ${p} is not a values overlay of a chart (a values-<env>.yaml file next to Chart.yaml)`);
    }
  }
  const rules = io.rules ?? allRules;
  const known = knownRuleKeys(rules);
  for (const id of Object.keys(command.rules)) if (!known.has(id)) throw new UsageError(`--rule: unknown rule id "${id}" (soc2lint rules lists them)`);

  const project = loadProjectConfig(command, io.cwd, known);
  const config: LintConfig = resolveConfig({
    profile: command.profile ?? project.profile ?? 'recommended',
    rules: { ...project.rules, ...command.rules },
    trustedRegistries: command.trustedRegistries ?? project.trustedRegistries ?? [],
    defaultNamespace: command.defaultNamespace ?? project.defaultNamespace ?? 'default',
    today: command.today ?? io.today,
    maxFileSize: command.maxFileSize,
  });
  const excludes: ExcludePattern[] = [
    ...project.exclude.map((pattern) => ({ pattern, baseDir: project.baseDir })),
    ...command.exclude.map((pattern) => ({ pattern, baseDir: io.cwd })),
  ];
  return { rules, config, excludes };
}

function runScan(command: ScanCommand, io: CliIo): ExitCode {
  const { rules, config, excludes } = prepareScan(command, io);
  const scan = scanWorkspace({ cwd: io.cwd, paths: command.paths, config, excludes, maxFileSize: command.maxFileSize, ...(command.values ? { valuesOverlays: command.values } : {}), fix: command.fix, rules });
  const report = buildReport(scan, config, io.version, rules);

  const toFile = command.output !== undefined;
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const forceColor = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== '';
  const color = !toFile && !noColor && (forceColor || io.stdout.isTTY === true);
  const text =
    command.format === 'json' ? formatJson(report) : command.format === 'sarif' ? formatSarif(report, io.cwd) : formatText(report, { color, verbose: command.verbose });

  if (toFile) {
    try {
      writeFileSync(resolve(io.cwd, command.output!), text, 'utf8');
    } catch (error) {
      throw new OutputError(`cannot write ${command.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else {
    io.stdout.write(text);
  }
  // Machine formats keep stdout clean; rule crashes must still be visible in CI logs.
  if (toFile || command.format !== 'text') {
    for (const e of scan.ruleErrors) io.stderr.write(`soc2lint: warning: rule ${e.ruleId} failed on ${e.displayPath}: ${e.message}\n`);
  }
  return exitCodeFor(report, command.failOn);
}

function formatRuleList(format: OutputFormat, registry: readonly Rule[]): string {
  const rules = [...registry].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  if (format === 'json') {
    const list = rules.map(({ meta: m }) => ({ id: m.id, slug: m.slug, kind: m.kind, title: m.title, severity: m.severity, controls: m.controls, fix: m.fix, profile: m.profile ?? 'default' }));
    return JSON.stringify(list, null, 2) + '\n';
  }
  return rules.map(({ meta: m }) => `${m.id.padEnd(7)} ${m.severity.padEnd(7)} ${m.kind.padEnd(11)} ${m.title}  [${m.controls.join(', ')}]`).join('\n') + '\n';
}

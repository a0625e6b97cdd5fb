/**
 * Helpers for the compliance-report tests: run the CLI in-process, scan a throwaway tree into a
 * report, and the fixed rule subset the golden files are made with (so a new rule elsewhere does
 * not churn them).
 */
import { join } from 'node:path';
import { allRules } from '../../rules/index';
import { resolveConfig } from '../../server/src/engine/config';
import type { ComplianceReport } from '../../server/src/engine/report/index';
import type { Rule } from '../../server/src/engine/rule';
import type { LintConfig } from '../../server/src/engine/types';
import { runCli, type ExitCode } from '../../server/src/cli/run';
import { reportFromScan } from '../../server/src/workspace/report-inputs';
import { scanWorkspace } from '../../server/src/workspace/scan';
import { makeTree, removeTree, REPO_ROOT } from '../cli/helpers';

export { makeTree, removeTree, REPO_ROOT };

export const REPORT_FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'report');
export const GOLDEN_WORKSPACE = join(REPORT_FIXTURES, 'workspace');
export const GOLDEN_DIR = join(REPORT_FIXTURES, 'golden');
/** Version written into golden files instead of package.json's. */
export const TEST_VERSION = '0.0.0-test';
export const TODAY = '2026-06-01';

/** Rules the golden files use: every status is reachable with them on the golden workspace. */
export const GOLDEN_RULE_IDS = ['DF001', 'DF002', 'DF010', 'HV001', 'K8S001', 'K8S003', 'K8S012', 'SEC001', 'SL001', 'SL003', 'WS001'];

export function rulesById(ids: readonly string[]): Rule[] {
  const rules = allRules.filter((r) => ids.includes(r.meta.id));
  if (rules.length !== ids.length) throw new Error(`missing rules: ${ids.filter((id) => !rules.some((r) => r.meta.id === id)).join(', ')}`);
  return rules;
}

export interface CliRun {
  code: ExitCode;
  stdout: string;
  stderr: string;
}

/** `soc2lint …args` in-process (pinned date, version and clock). */
export function runReportCli(args: string[], options: { cwd?: string; rules?: readonly Rule[]; now?: Date } = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    cwd: options.cwd ?? REPO_ROOT,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    today: TODAY,
    version: TEST_VERSION,
    ...(options.rules ? { rules: options.rules } : {}),
    now: () => options.now ?? new Date('2026-06-01T12:00:00.000Z'),
  });
  return { code, stdout, stderr };
}

/** Scans a folder (cwd = the folder, path `.`) into a report without git or timestamp. */
export function reportOfFolder(root: string, options: { rules?: readonly Rule[]; config?: Partial<LintConfig> } = {}): ComplianceReport {
  const config = resolveConfig({ today: TODAY, ...options.config });
  const rules = options.rules ?? allRules;
  const scan = scanWorkspace({ cwd: root, paths: ['.'], config, excludes: [], maxFileSize: 1 << 20, fix: false, rules });
  return reportFromScan(scan, { cwd: root, workspaceFolders: ['.'], config, version: TEST_VERSION, rules, noTimestamp: true, git: false });
}

/** Scans a throwaway tree of files into a report. */
export function reportOfFiles(files: Record<string, string>, options: { rules?: readonly Rule[]; config?: Partial<LintConfig> } = {}): ComplianceReport {
  const root = makeTree(files);
  try {
    return reportOfFolder(root, options);
  } finally {
    removeTree(root);
  }
}

export function criterion(report: ComplianceReport, id: string) {
  const c = report.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

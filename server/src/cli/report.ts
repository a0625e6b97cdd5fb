/**
 * What every output format shows: the scan result plus counts and the rule metadata. Formatters
 * never see source text, only messages (the engine has masked secrets in them).
 */
import { allRules } from '../../../rules/index';
import type { Rule } from '../engine/rule';
import type { Finding, LintConfig, Severity, SuppressedFinding } from '../engine/types';
import type { SkippedFile } from '../workspace/discover';
import type { ScanResult } from '../workspace/scan';
import type { FailOn } from './args';

export interface ReportFinding {
  file: string;
  finding: Finding;
}

export interface ReportSuppressed {
  file: string;
  finding: SuppressedFinding;
}

export interface Summary {
  /** Files linted. */
  files: number;
  findings: number;
  errors: number;
  warnings: number;
  info: number;
  suppressed: number;
  skipped: number;
  /** Fixes applied by --fix. */
  fixesApplied: number;
}

export interface Report {
  toolVersion: string;
  config: LintConfig;
  scan: ScanResult;
  /** Sorted by file, then position. */
  findings: ReportFinding[];
  suppressed: ReportSuppressed[];
  /** Files not analysed, with the reason: discovery's skips, then files the engine skipped (Helm helpers, NOTES.txt). */
  skipped: SkippedFile[];
  summary: Summary;
  rules: readonly Rule[];
}

export function buildReport(scan: ScanResult, config: LintConfig, toolVersion: string, rules: readonly Rule[] = allRules): Report {
  const findings: ReportFinding[] = [];
  const suppressed: ReportSuppressed[] = [];
  for (const file of scan.files) {
    for (const finding of file.result.findings) findings.push({ file: file.displayPath, finding });
    for (const finding of file.result.suppressed) suppressed.push({ file: file.displayPath, finding });
  }
  const count = (s: Severity) => findings.filter((f) => f.finding.severity === s).length;
  const skipped: SkippedFile[] = [...scan.skipped];
  for (const file of scan.files) if (file.result.skipped !== undefined) skipped.push({ displayPath: file.displayPath, reason: 'not-analysed', detail: file.result.skipped });
  return {
    toolVersion,
    config,
    scan,
    findings,
    suppressed,
    skipped,
    rules,
    summary: {
      files: scan.files.length,
      findings: findings.length,
      errors: count('error'),
      warnings: count('warning'),
      info: count('info'),
      suppressed: suppressed.length,
      skipped: skipped.length,
      fixesApplied: scan.fixed.reduce((n, f) => n + f.fixes.length, 0),
    },
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Exit code for a finished scan: 1 when a finding is at or above the threshold. */
export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 {
  if (failOn === 'none') return 0;
  const threshold = RANK[failOn];
  return report.findings.some((f) => RANK[f.finding.severity] >= threshold) ? 1 : 0;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `N findings (E errors, W warnings, I info) in F files; S suppressed; K skipped` */
export function summaryLine(s: Summary): string {
  return `${plural(s.findings, 'finding')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.info} info) in ${plural(s.files, 'file')}; ${s.suppressed} suppressed; ${s.skipped} skipped`;
}

export function ruleById(rules: readonly Rule[]): Map<string, Rule> {
  return new Map(rules.map((r) => [r.meta.id, r]));
}

/**
 * `--format sarif`: SARIF 2.1.0 (validated against the OASIS schema in test/cli). The log is
 * written by the engine's SARIF writer (engine/report/sarif.ts), shared with `soc2lint report
 * --format sarif`; this adapter maps the scan report onto it and adds the source root.
 */
import { pathToFileURL } from 'node:url';
import { toException, toReportFinding } from '../engine/report/build';
import { sarifRulesOf, toSarifLog, type Json } from '../engine/report/sarif';
import type { Report } from './report';

export function toSarif(report: Report, cwd: string): Json {
  return toSarifLog({
    toolVersion: report.toolVersion,
    rules: sarifRulesOf(report.rules.map((r) => r.meta), report.config),
    findings: report.findings.map(({ file, finding }) => toReportFinding(file, finding)),
    suppressed: report.suppressed.map(({ file, finding }) => toException(file, finding, undefined)),
    skipped: report.skipped.map((s) => ({ file: s.displayPath, reason: s.reason, detail: s.detail })),
    ruleErrors: report.scan.ruleErrors.map((e) => ({ file: e.displayPath, ruleId: e.ruleId, message: e.message })),
    srcRootUri: sourceRootUri(cwd),
  });
}

/** `file:` URI of a folder, with the trailing slash SARIF needs for relative resolution. */
export function sourceRootUri(cwd: string): string {
  return `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}`;
}

export function formatSarif(report: Report, cwd: string): string {
  return JSON.stringify(toSarif(report, cwd), null, 2) + '\n';
}

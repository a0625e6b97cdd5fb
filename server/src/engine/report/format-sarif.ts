/**
 * `report --format sarif`: SARIF 2.1.0 with the SOC 2 criteria as a taxonomy (one taxon per
 * criterion, carrying its status and counts), rule relationships and result taxa pointing at it,
 * accepted exceptions as `inSource` suppressions and expired ones noted on the reopened result.
 */
import type { ComplianceReport } from './model';
import { toSarifLog, type Json, type SarifRule } from './sarif';

export interface ReportSarifOptions {
  /** `file:` URI of the report root (display paths resolve against it); omitted when absent. */
  srcRootUri?: string;
}

export function toReportSarif(report: ComplianceReport, options: ReportSarifOptions = {}): Json {
  const scope = report.scope;
  const rules = report.rules.map((r): SarifRule => {
    const { id, slug, title, description, remediation, controls, defaultSeverity, strict, helpUri, aliases } = r;
    const out: SarifRule = { id, slug, title, description, remediation, controls, defaultSeverity, strict, helpUri, aliases };
    // A configuration override where the applied setting differs from the rule's default one.
    if (!r.enabled && !strict) out.override = 'off';
    else if (r.enabled && (strict || r.severity !== defaultSeverity)) out.override = r.severity;
    return out;
  });
  return toSarifLog({
    toolVersion: report.tool.version,
    rules,
    findings: report.findings,
    suppressed: report.exceptions.filter((e) => !e.expired),
    expired: report.exceptions.filter((e) => e.expired),
    skipped: scope.skipped,
    ruleErrors: scope.ruleErrors,
    criteria: report.criteria,
    ...(options.srcRootUri !== undefined ? { srcRootUri: options.srcRootUri } : {}),
    runProperties: {
      rulesetHash: report.tool.rulesetHash,
      evaluationDate: report.evaluationDate,
      ...(report.generatedAt !== undefined ? { generatedAt: report.generatedAt } : {}),
      ...(scope.git ? { git: { ...scope.git } } : {}),
      summary: { ...report.summary.status },
      filesByKind: { ...scope.filesByKind },
    },
  });
}

export function formatReportSarif(report: ComplianceReport, options: ReportSarifOptions = {}): string {
  return JSON.stringify(toReportSarif(report, options), null, 2) + '\n';
}

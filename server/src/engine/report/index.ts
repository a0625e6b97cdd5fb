/**
 * The compliance report: model, builder and the four formatters (all pure). Hosts (CLI, language
 * server) assemble inputs with server/src/workspace/report-inputs.ts.
 */
export * from './model';
export { buildReport, RESOURCE_UNIT, toException, toReportFinding } from './build';
export { effectiveSeverity, isRuleEnabled, ruleSettingOf } from './settings';
export { reportFactsOf } from './facts';
export { compareLocations, rulesetFingerprint } from './fingerprint';
export { formatReportHtml, type ReportHtmlOptions } from './format-html';
export { formatReportJson } from './format-json';
export { formatReportMarkdown, type ReportMarkdownOptions } from './format-markdown';
export { formatReportSarif, toReportSarif, type ReportSarifOptions } from './format-sarif';
export { describeResource, STATUS_EMOJI, STATUS_LABEL, STATUS_MEANING } from './present';
export { sha256Hex } from './sha256';

import type { ComplianceReport } from './model';
import { formatReportHtml } from './format-html';
import { formatReportJson } from './format-json';
import { formatReportMarkdown } from './format-markdown';
import { formatReportSarif } from './format-sarif';

export const REPORT_FORMATS = ['html', 'md', 'json', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report in one format (what `soc2lint report -f` and the editor's "Save as" write). */
export function formatReport(report: ComplianceReport, format: ReportFormat, options: { srcRootUri?: string } = {}): string {
  switch (format) {
    case 'html':
      return formatReportHtml(report);
    case 'md':
      return formatReportMarkdown(report);
    case 'json':
      return formatReportJson(report);
    case 'sarif':
      return formatReportSarif(report, options);
  }
}

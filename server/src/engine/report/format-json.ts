/**
 * `report --format json`: the ComplianceReport itself, two-space indented, newline-terminated.
 * Its schema is docs/report-schema.json (checked in test/report).
 */
import type { ComplianceReport } from './model';

export function formatReportJson(report: ComplianceReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

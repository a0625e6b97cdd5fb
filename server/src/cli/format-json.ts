/**
 * `--format json`: a stable, documented shape (docs/cli.md). Additive changes keep
 * `schemaVersion`; anything else bumps it. Lines and columns are 1-based; columns count UTF-16 code
 * units; `end` is exclusive. No source text is included.
 */
import { ruleDocsUrl } from '../engine/config';
import type { Finding, Range, ResourceRef, Severity, Soc2Control } from '../engine/types';
import type { SkipReason } from '../workspace/discover';
import { ruleById, type Report, type Summary } from './report';

export const JSON_SCHEMA_VERSION = 1;

export interface JsonPosition {
  line: number;
  column: number;
}

export interface JsonFinding {
  file: string;
  ruleId: string;
  /** The rule's slug, e.g. `no-privileged-container`. */
  rule: string;
  severity: Severity;
  controls: Soc2Control[];
  message: string;
  range: { start: JsonPosition; end: JsonPosition };
  resource?: ResourceRef;
  /** Whether `--fix` can fix it. */
  fixable: boolean;
  helpUri: string;
  /** Other places that explain it, e.g. the values.yaml key a Helm template finding's value comes from. */
  related?: { file: string; range: { start: JsonPosition; end: JsonPosition }; message: string }[];
}

export interface JsonSuppressed extends JsonFinding {
  suppression: { reason: string; until?: string; line: number; scope: 'line' | 'file' };
}

export interface JsonReport {
  schemaVersion: number;
  tool: { name: 'soc2lint'; version: string };
  summary: Summary;
  findings: JsonFinding[];
  suppressed: JsonSuppressed[];
  skipped: { file: string; reason: SkipReason; detail: string }[];
  fixed: { file: string; fixes: string[]; warning?: string }[];
  errors: { file: string; ruleId: string; message: string }[];
}

function jsonRange(r: Range): { start: JsonPosition; end: JsonPosition } {
  return { start: { line: r.start.line + 1, column: r.start.character + 1 }, end: { line: r.end.line + 1, column: r.end.character + 1 } };
}

export function toJsonReport(report: Report): JsonReport {
  const rules = ruleById(report.rules);
  const convert = (file: string, f: Finding): JsonFinding => {
    const out: JsonFinding = {
      file,
      ruleId: f.ruleId,
      rule: rules.get(f.ruleId)?.meta.slug ?? f.ruleId,
      severity: f.severity,
      controls: [...f.controls],
      message: f.message,
      range: jsonRange(f.range),
      fixable: f.fix !== undefined,
      helpUri: ruleDocsUrl(report.config, f.ruleId),
    };
    if (f.resource) out.resource = { ...f.resource };
    if (f.related?.length) out.related = f.related.map((r) => ({ file: r.uri, range: jsonRange(r.range), message: r.message }));
    return out;
  };
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'soc2lint', version: report.toolVersion },
    summary: report.summary,
    findings: report.findings.map(({ file, finding }) => convert(file, finding)),
    suppressed: report.suppressed.map(({ file, finding }) => {
      const s = finding.suppression;
      const suppression: JsonSuppressed['suppression'] = { reason: s.reason, line: s.line + 1, scope: s.scope };
      if (s.until) suppression.until = s.until;
      return { ...convert(file, finding), suppression };
    }),
    skipped: report.skipped.map((s) => ({ file: s.displayPath, reason: s.reason, detail: s.detail })),
    fixed: report.scan.fixed.map((f) => (f.warning ? { file: f.displayPath, fixes: f.fixes, warning: f.warning } : { file: f.displayPath, fixes: f.fixes })),
    errors: report.scan.ruleErrors.map((e) => ({ file: e.displayPath, ruleId: e.ruleId, message: e.message })),
  };
}

export function formatJson(report: Report): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n';
}

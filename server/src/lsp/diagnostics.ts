/**
 * Engine findings -> LSP diagnostics. The message ends with the SOC 2 criteria so they show in the
 * Problems panel; `data` lets a code action find the finding (and its fix) again.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocsUrl } from '../engine/config';
import type { Finding, LintConfig, Severity } from '../engine/types';
import type { DiagnosticData } from './protocol';

export const SOURCE = 'soc2lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding, index: number, version: number | undefined, config: LintConfig): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    version,
    index,
    fixable: Boolean(finding.fix && finding.fix.edits.length > 0),
    suggestions: finding.suggestions?.length ?? 0,
  };
  const controls = finding.controls.length > 0 ? ` [${finding.controls.join(', ')}]` : '';
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(config, finding.ruleId) },
    source: SOURCE,
    message: `${finding.message}${controls}`,
    data,
  };
}

/** A note about the whole file (skipped, ignored config), at its first character. */
export function fileNote(message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Information): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, source: SOURCE, message };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  const v = value as Partial<DiagnosticData> | null | undefined;
  return typeof v === 'object' && v !== null && typeof v.ruleId === 'string' && typeof v.index === 'number';
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === DiagnosticSeverity.Error) counts.errors++;
    else if (d.severity === DiagnosticSeverity.Warning) counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/**
 * Engine findings -> LSP diagnostics. The message ends with the SOC 2 criteria so they show in the
 * Problems panel; `data` lets a code action find the finding (and its fix) again.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocsUrl } from '../engine/config';
import type { Finding, Fix, LintConfig, Severity } from '../engine/types';
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
    fixable: hasEdits(finding.fix),
    suggestions: finding.suggestions?.length ?? 0,
  };
  const controls = finding.controls.length > 0 ? ` [${finding.controls.join(', ')}]` : '';
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(config, finding.ruleId) },
    source: SOURCE,
    message: `${finding.message}${controls}`,
    data,
  };
  // E.g. the values.yaml key a Helm template finding's value comes from.
  if (finding.related?.length) diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: engineUriToLsp(r.uri), range: r.range }, message: r.message }));
  return diagnostic;
}

/** The server names files by path in the engine (see targets.ts); LSP wants URIs. */
export function engineUriToLsp(uri: string): string {
  return isAbsolute(uri) ? pathToFileURL(uri).toString() : uri;
}

/** A fix that changes something: edits to the document or to other files (a chart's values.yaml). */
export function hasEdits(fix: Fix | undefined): boolean {
  return Boolean(fix && (fix.edits.length > 0 || fix.fileEdits?.some((f) => f.edits.length > 0)));
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

/**
 * Canonical text of what shapes a report's outcome (hashed into `tool.rulesetHash`) and the one
 * sort order of findings and exceptions.
 */
import type { RuleMeta } from '../rule';
import type { LintConfig } from '../types';
import { effectiveSeverity, isRuleEnabled } from './settings';
import type { ReportFinding } from './model';

/**
 * A canonical JSON string of the tool version, every rule with its effective setting and
 * controls, and the configuration that changes results. Key order and list order are fixed, so
 * the same rule set and configuration always give the same string (and hash). The evaluation date
 * is not part of it: it is shown on its own (`evaluationDate`).
 */
export function rulesetFingerprint(toolVersion: string, rules: readonly RuleMeta[], config: LintConfig): string {
  const list = [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => [r.id, isRuleEnabled(r, config) ? effectiveSeverity(r, config) : 'off', [...r.controls].sort().join(',')]);
  return JSON.stringify({
    tool: toolVersion,
    profile: config.profile,
    rules: list,
    trustedRegistries: [...config.trustedRegistries].sort(),
    defaultNamespace: config.defaultNamespace,
    maxFileSize: config.maxFileSize,
  });
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** File, line, column, rule, message, then the rest: a total order for stable output. */
export function compareLocations(a: ReportFinding, b: ReportFinding): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.line, b.line) ||
    cmp(a.column, b.column) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message) ||
    cmp(a.endLine, b.endLine) ||
    cmp(a.endColumn, b.endColumn) ||
    cmp(a.messageId, b.messageId)
  );
}

/**
 * `buildReport(results, meta)`: per-file lint results plus what the caller knows (scope, git,
 * authors, time) → the ComplianceReport. Pure and deterministic: everything is sorted, nothing is
 * read from a clock, the file system or module state.
 */
import { aliasesOf } from '../aliases';
import { ruleDocsUrl } from '../config';
import { SOC2_CRITERIA } from '../controls';
import { isPlaceholderReason } from '../suppressions';
import { SOC2_CONTROLS, type FileKind, type Finding, type RuleKind, type Severity, type Soc2Control, type SuppressedFinding } from '../types';
import { compareLocations, rulesetFingerprint } from './fingerprint';
import {
  exceptionKey,
  REPORT_SCHEMA_VERSION,
  type ComplianceReport,
  type CriterionResult,
  type CriterionRule,
  type CriterionStatus,
  type ReportException,
  type ReportFileInput,
  type ReportFinding,
  type ReportMeta,
  type ResourceUnit,
  type SkippedEntry,
} from './model';
import { effectiveSeverity, isRuleEnabled, ruleRunsOn } from './settings';
import { sha256Hex } from './sha256';

/** What one resource is for rules of each kind (documented in docs/report.md). */
export const RESOURCE_UNIT: Readonly<Record<RuleKind, ResourceUnit>> = {
  dockerfile: 'image',
  kubernetes: 'object',
  workspace: 'object',
  'helm-values': 'values-file',
  any: 'file',
};

type AnalysedKind = 'dockerfile' | 'kubernetes' | 'helm-values' | 'helm-template';
const ANALYSED: readonly FileKind[] = ['dockerfile', 'kubernetes', 'helm-values', 'helm-template'];

/** A lint finding as the report shows it (1-based positions, no fix edits). */
export function toReportFinding(file: string, f: Finding): ReportFinding {
  const out: ReportFinding = {
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    controls: [...f.controls],
    message: f.message,
  };
  if (f.resource) {
    const r = f.resource;
    out.resource = r.namespace === undefined ? { kind: r.kind, name: r.name } : { kind: r.kind, name: r.name, namespace: r.namespace };
  }
  if (f.fix) out.fixable = true;
  // Related locations come from the same scan, so their uris are display paths like `file`.
  if (f.related?.length) {
    out.related = f.related.map((r) => ({ file: r.uri, line: r.range.start.line + 1, column: r.range.start.character + 1, endLine: r.range.end.line + 1, endColumn: r.range.end.character + 1, message: r.message }));
  }
  return out;
}

/** A suppressed finding as an entry of the exceptions register. */
export function toException(file: string, f: SuppressedFinding, authors: ReportMeta['authors']): ReportException {
  const s = f.suppression;
  const e: ReportException = { ...toReportFinding(file, f), reason: s.reason, expired: false, scope: s.scope, suppressionLine: s.line + 1 };
  if (s.until) e.until = s.until;
  const author = authors?.[exceptionKey(file, s.line)];
  if (author) e.author = author;
  return e;
}

/**
 * Suppressions past their `until` no longer apply (the engine reports their findings again and
 * SL003 flags them); the register still lists them, flagged, next to the open finding.
 */
function expiredExceptions(input: ReportFileInput, today: string, authors: ReportMeta['authors']): ReportException[] {
  const out: ReportException[] = [];
  const expired = (input.facts?.directives ?? []).filter((d) => d.until !== undefined && today !== '' && d.until < today && d.reason !== '' && !isPlaceholderReason(d.reason));
  if (expired.length === 0) return out;
  for (const f of input.result.findings) {
    if (f.ruleId.startsWith('SL')) continue;
    const line = f.range.start.line;
    const d = expired.find((x) => (x.ids.includes(f.ruleId) || x.ids.includes('ALL')) && line >= x.coverStart && line <= x.coverEnd);
    if (!d) continue;
    const e: ReportException = { ...toReportFinding(input.file, f), reason: d.reason, until: d.until!, expired: true, scope: d.scope, suppressionLine: d.line + 1 };
    const author = authors?.[exceptionKey(input.file, d.line)];
    if (author) e.author = author;
    out.push(e);
  }
  return out;
}

/** The resource a finding is about, as a key unique in the workspace, by the rule's unit. */
function resourceKey(unit: ResourceUnit, f: ReportFinding): string {
  if (unit === 'object' && f.resource) return `${f.file}\0${f.resource.kind}\0${f.resource.namespace ?? ''}\0${f.resource.name}`;
  return f.file;
}

function unitsIn(unit: ResourceUnit, input: ReportFileInput): number {
  // Without facts a manifest counts as one object; a template as none (its objects are rendered).
  return unit === 'object' ? (input.facts?.objects ?? (input.result.kind === 'kubernetes' ? 1 : 0)) : 1;
}

function criterionStatus(rules: readonly CriterionRule[]): CriterionStatus {
  const evaluated = rules.some((r) => r.enabled && r.evaluated > 0);
  if (!evaluated) return 'not-evaluated';
  if (rules.some((r) => r.findings > 0)) return 'fail';
  if (rules.some((r) => r.exceptions > 0)) return 'partial';
  return 'pass';
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}

/** Builds the compliance report. The same inputs always give a deep-equal (and byte-equal) report. */
export function buildReport(results: readonly ReportFileInput[], meta: ReportMeta): ComplianceReport {
  const config = meta.config;
  const inputs = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const analysed = inputs.filter((i) => ANALYSED.includes(i.result.kind) && i.result.skipped === undefined);

  const skipped: SkippedEntry[] = meta.skipped.map((s) => (s.detail === undefined ? { file: s.file, reason: s.reason } : { file: s.file, reason: s.reason, detail: s.detail }));
  for (const i of inputs) {
    if (i.result.skipped !== undefined) skipped.push({ file: i.file, reason: i.result.kind === 'helm-template' ? 'helm-template' : 'engine', detail: i.result.skipped });
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));

  const findings: ReportFinding[] = [];
  const exceptions: ReportException[] = [];
  for (const i of analysed) {
    for (const f of i.result.findings) findings.push(toReportFinding(i.file, f));
    for (const f of i.result.suppressed) exceptions.push(toException(i.file, f, meta.authors));
    exceptions.push(...expiredExceptions(i, meta.config.today, meta.authors));
  }
  findings.sort(compareLocations);
  exceptions.sort(compareLocations);

  // Per rule: resources in scope, failed (any open finding) and excepted (only exceptions).
  const rulesById = [...meta.rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const ruleResults = new Map<string, CriterionRule>();
  const openByRule = groupBy(findings, (f) => f.ruleId);
  const acceptedByRule = groupBy(
    exceptions.filter((e) => !e.expired),
    (e) => e.ruleId,
  );
  for (const rule of rulesById) {
    const enabled = isRuleEnabled(rule, config);
    const unit = RESOURCE_UNIT[rule.kind];
    const evaluatedRaw = enabled ? analysed.filter((i) => ruleRunsOn(rule.kind, i.result.kind)).reduce((n, i) => n + unitsIn(unit, i), 0) : 0;
    const open = openByRule.get(rule.id) ?? [];
    const accepted = acceptedByRule.get(rule.id) ?? [];
    const failedKeys = new Set(open.map((f) => resourceKey(unit, f)));
    const exceptedKeys = new Set(accepted.map((f) => resourceKey(unit, f)).filter((k) => !failedKeys.has(k)));
    // A rule may report on something the unit count did not see (a finding without a resource):
    // never show more failures than resources.
    const evaluated = enabled ? Math.max(evaluatedRaw, failedKeys.size + exceptedKeys.size) : 0;
    ruleResults.set(rule.id, {
      id: rule.id,
      title: rule.title,
      kind: rule.kind,
      severity: effectiveSeverity(rule, config),
      enabled,
      unit,
      evaluated,
      passed: evaluated - failedKeys.size - exceptedKeys.size,
      failed: failedKeys.size,
      excepted: exceptedKeys.size,
      findings: open.length,
      exceptions: accepted.length,
    });
  }

  const criteria: CriterionResult[] = SOC2_CONTROLS.map((id: Soc2Control) => {
    const rules = rulesById.filter((r) => r.controls.includes(id)).map((r) => ruleResults.get(r.id)!);
    const sum = (pick: (r: CriterionRule) => number) => rules.reduce((n, r) => n + pick(r), 0);
    return {
      id,
      name: SOC2_CRITERIA[id].name,
      description: SOC2_CRITERIA[id].description,
      status: criterionStatus(rules),
      rules,
      checks: { evaluated: sum((r) => r.evaluated), passed: sum((r) => r.passed), failed: sum((r) => r.failed), excepted: sum((r) => r.excepted) },
      findings: findings.filter((f) => f.controls.includes(id)).length,
      exceptions: exceptions.filter((e) => !e.expired && e.controls.includes(id)).length,
      expiredExceptions: exceptions.filter((e) => e.expired && e.controls.includes(id)).length,
    };
  });

  const filesByKind: Record<AnalysedKind, number> = { dockerfile: 0, kubernetes: 0, 'helm-values': 0, 'helm-template': 0 };
  for (const i of analysed) filesByKind[i.result.kind as AnalysedKind]++;
  const resources: Record<ResourceUnit, number> = {
    image: filesByKind.dockerfile,
    object: analysed.filter((i) => i.result.kind === 'kubernetes' || i.result.kind === 'helm-template').reduce((n, i) => n + unitsIn('object', i), 0),
    'values-file': filesByKind['helm-values'],
    file: analysed.length,
  };

  const status: Record<CriterionStatus, number> = { pass: 0, fail: 0, partial: 0, 'not-evaluated': 0 };
  for (const c of criteria) status[c.status]++;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity]++;

  const enabledRules = rulesById.filter((r) => isRuleEnabled(r, config));
  const ruleErrors = [...(meta.ruleErrors ?? [])]
    .map((e) => ({ file: e.file, ruleId: e.ruleId, message: e.message }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));

  const report: ComplianceReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: {
      name: meta.tool.name,
      version: meta.tool.version,
      rulesetHash: `sha256:${sha256Hex(rulesetFingerprint(meta.tool.version, rulesById, meta.config))}`,
      rulesEnabled: enabledRules.length,
      rulesTotal: rulesById.length,
    },
    evaluationDate: meta.config.today,
    configuration: { profile: config.profile, rules: sortedRecord(config.rules), trustedRegistries: [...meta.config.trustedRegistries].sort(), defaultNamespace: meta.config.defaultNamespace },
    scope: {
      workspaceFolders: [...meta.workspaceFolders],
      filesByKind,
      filesEvaluated: analysed.length,
      resources,
      skipped,
      ruleErrors,
    },
    summary: { status, findings: findings.length, bySeverity, exceptions: exceptions.filter((e) => !e.expired).length, expiredExceptions: exceptions.filter((e) => e.expired).length },
    criteria,
    rules: rulesById.map((r) => ({
      id: r.id,
      slug: r.slug,
      kind: r.kind,
      title: r.title,
      description: r.description,
      remediation: r.remediation,
      controls: [...r.controls],
      defaultSeverity: r.severity,
      severity: effectiveSeverity(r, config),
      enabled: isRuleEnabled(r, config),
      strict: r.profile === 'strict',
      fix: r.fix,
      helpUri: ruleDocsUrl(meta.config, r.id),
      aliases: aliasesOf(r),
    })),
    findings,
    exceptions,
  };
  if (meta.git) report.scope.git = { commit: meta.git.commit, dirty: meta.git.dirty };
  if (meta.generatedAt !== undefined) report.generatedAt = meta.generatedAt;
  // Key order of the top level is fixed by this literal; generatedAt goes after tool when present.
  return meta.generatedAt === undefined ? report : reorder(report);
}

/** Keeps `generatedAt` right after `tool` in the serialised JSON. */
function reorder(r: ComplianceReport): ComplianceReport {
  const { schemaVersion, tool, generatedAt, ...rest } = r;
  return { schemaVersion, tool, ...(generatedAt !== undefined ? { generatedAt } : {}), ...rest };
}

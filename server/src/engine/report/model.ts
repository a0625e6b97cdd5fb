/**
 * The compliance report model (issue 6): ONE plain-data, JSON-serialisable description of a
 * workspace scan per SOC 2 criterion. The CLI (`soc2lint report`), the language server
 * (`soc2lint/report`) and every view (HTML, Markdown, JSON, SARIF, the VS Code webview) read this
 * model, so the editor's export and CI produce the same bytes.
 *
 * Conventions: paths are the caller's display paths (relative, `/` separators, never absolute);
 * lines and columns are 1-based, columns count UTF-16 code units, `endColumn` is exclusive (as in
 * SARIF and `scan --format json`). Every array is sorted (see `buildReport`), every optional field
 * is omitted rather than `undefined`, so `JSON.stringify` of the same inputs gives the same bytes.
 * No source text is included; messages were masked by the engine before they reach the report.
 * The published schema of this shape is docs/report-schema.json.
 */
import type { RuleMeta } from '../rule';
import type { LintConfig, LintResult, Profile, ResourceRef, RuleKind, RuleSetting, Severity, Soc2Control } from '../types';

/** Bumped on any change that is not purely additive. */
export const REPORT_SCHEMA_VERSION = 1;

/**
 * - `pass`: at least one resource was evaluated by an enabled rule of the criterion and there are no
 *   open findings.
 * - `fail`: at least one open (unsuppressed) finding, whatever its severity. Findings whose
 *   suppression expired are open.
 * - `partial`: evaluated, no open findings, but at least one finding accepted as an exception.
 * - `not-evaluated`: no enabled rule of the criterion had a resource of its kind to evaluate. A
 *   criterion never passes by absence.
 */
export type CriterionStatus = 'pass' | 'fail' | 'partial' | 'not-evaluated';

/** The order statuses are ranked in summaries (worst first). */
export const CRITERION_STATUSES: readonly CriterionStatus[] = ['fail', 'partial', 'pass', 'not-evaluated'];

/**
 * What a rule counts as one resource, by rule kind (see docs/report.md):
 * - `image`: a Dockerfile (`dockerfile` rules; one file builds one image).
 * - `object`: a Kubernetes object (`kubernetes` and `workspace` rules; items of a `kind: List` count
 *   one by one; a Helm template counts the objects the engine rendered from it).
 * - `values-file`: a Helm values file (`helm-values` rules).
 * - `file`: any linted file (`any` rules: credential formats, suppression hygiene, parse errors).
 */
export type ResourceUnit = 'image' | 'object' | 'values-file' | 'file';

/** Where a finding is, and what it says. */
export interface ReportLocation {
  /** Display path, relative to the report root, `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
  endLine: number;
  /** Exclusive. */
  endColumn: number;
}

export interface ReportFinding extends ReportLocation {
  ruleId: string;
  /** The rule's message id (stable across message rewording; used for SARIF fingerprints). */
  messageId: string;
  /** Effective severity (after configuration overrides). */
  severity: Severity;
  controls: Soc2Control[];
  /** Masked human message. */
  message: string;
  resource?: ResourceRef;
  /** Present (true) when the finding has a safe quick fix (`soc2lint scan --fix` applies it). */
  fixable?: boolean;
  /**
   * Other places that explain the finding, e.g. the values.yaml key a Helm template renders (where
   * its fix goes). Paths are display paths like `file`.
   */
  related?: ReportRelatedLocation[];
}

/** A place that explains a finding (SARIF `relatedLocations`, LSP `relatedInformation`). */
export interface ReportRelatedLocation extends ReportLocation {
  message: string;
}

/** A finding accepted by a suppression comment: an entry of the exceptions register. */
export interface ReportException extends ReportFinding {
  /** The justification written in the suppression comment. */
  reason: string;
  /** Last day (YYYY-MM-DD, inclusive) the exception applies; absent when open-ended. */
  until?: string;
  /**
   * True when `until` is before the evaluation date: the suppression no longer applies and the
   * same finding is also listed, open, in `findings`.
   */
  expired: boolean;
  /** `line`: a comment above (or beside) the node; `file`: `soc2lint-ignore-file`. */
  scope: 'line' | 'file';
  /** 1-based line of the suppression comment. */
  suppressionLine: number;
  /** Who wrote the suppression comment (from `git blame`), when the caller could tell. */
  author?: string;
}

/** A rule as applied in the scan: what it checks, how it was configured (the report is self-contained). */
export interface ReportRule {
  id: string;
  slug: string;
  kind: RuleKind;
  title: string;
  /** Why the rule matters for SOC 2. */
  description: string;
  remediation: string;
  controls: Soc2Control[];
  /** The rule's own severity. */
  defaultSeverity: Severity;
  /** Effective severity (after configuration); the default when disabled. */
  severity: Severity;
  enabled: boolean;
  /** Strict-profile rules run only when the configuration turns them on. */
  strict: boolean;
  fix: 'quickfix' | 'suggestion' | 'none';
  /** Documentation URL. */
  helpUri: string;
  /** Peer rule ids that name the same check (Checkov, Trivy, hadolint), accepted as aliases. */
  aliases: string[];
}

/** One rule's result for one criterion. */
export interface CriterionRule {
  id: string;
  title: string;
  kind: RuleKind;
  /** Effective severity; the rule's default when disabled. */
  severity: Severity;
  /** False when the configuration turns it off (or it is a strict-profile rule not turned on). */
  enabled: boolean;
  unit: ResourceUnit;
  /** Resources of the rule's kind in scope (0 when disabled). */
  evaluated: number;
  /** evaluated − failed − excepted. */
  passed: number;
  /** Resources with at least one open finding of the rule. */
  failed: number;
  /** Resources whose findings of the rule were all accepted as exceptions. */
  excepted: number;
  /** Open findings of the rule. */
  findings: number;
  /** Active (not expired) exceptions of the rule. */
  exceptions: number;
}

/** Totals over a criterion's rules; a resource tested by two rules counts twice (rule × resource checks). */
export interface CheckCounts {
  evaluated: number;
  passed: number;
  failed: number;
  excepted: number;
}

export interface CriterionResult {
  id: Soc2Control;
  name: string;
  description: string;
  status: CriterionStatus;
  /** Every registered rule mapped to the criterion, sorted by id (disabled ones too). */
  rules: CriterionRule[];
  checks: CheckCounts;
  /** Open findings mapped to the criterion (see `findings[].controls`). */
  findings: number;
  /** Active exceptions mapped to the criterion. */
  exceptions: number;
  /** Expired exceptions mapped to the criterion. */
  expiredExceptions: number;
}

export interface SkippedEntry {
  file: string;
  /**
   * Short machine reason: `too-large`, `binary`, `unreadable`, `excluded` (discovery), `helm-template`
   * (a template the engine could not analyse) or `engine` (another file the engine skipped).
   */
  reason: string;
  detail?: string;
}

export interface RuleErrorEntry {
  file: string;
  ruleId: string;
  message: string;
}

export interface ReportScope {
  /** Workspace folders / scanned paths as the caller named them. */
  workspaceFolders: string[];
  git?: { commit: string; dirty: boolean };
  /**
   * Files evaluated, by kind. Helm templates count when the engine analysed them (their rendered
   * objects go through the Kubernetes rules); templates it could not analyse are under `skipped`.
   */
  filesByKind: { dockerfile: number; kubernetes: number; 'helm-values': number; 'helm-template': number };
  filesEvaluated: number;
  /** Resources in scope by unit. */
  resources: Record<ResourceUnit, number>;
  skipped: SkippedEntry[];
  /** Rules that threw on a file (that file was not evaluated by that rule). */
  ruleErrors: RuleErrorEntry[];
}

export interface ReportTool {
  name: string;
  version: string;
  /**
   * `sha256:<hex>` of the canonical rule set and configuration (see `rulesetFingerprint`): two
   * reports with the same hash applied the same rules, severities and settings.
   */
  rulesetHash: string;
  rulesEnabled: number;
  rulesTotal: number;
}

/** The settings that shape the outcome, as applied. */
export interface ReportConfiguration {
  /** `recommended`, or `strict` (strict-profile rules on). */
  profile: Profile;
  /** Per-rule settings as configured (rule ids or peer aliases), sorted by key. */
  rules: Record<string, RuleSetting>;
  trustedRegistries: string[];
  defaultNamespace: string;
}

export interface ReportSummary {
  status: Record<CriterionStatus, number>;
  findings: number;
  bySeverity: Record<Severity, number>;
  exceptions: number;
  expiredExceptions: number;
}

export interface ComplianceReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: ReportTool;
  /** ISO 8601 time the report was generated; omitted with `--no-timestamp`. */
  generatedAt?: string;
  /** The date (YYYY-MM-DD) suppression expiry was judged against; empty when none was given. */
  evaluationDate: string;
  configuration: ReportConfiguration;
  scope: ReportScope;
  summary: ReportSummary;
  /** All nine criteria, in SOC2_CONTROLS order. */
  criteria: CriterionResult[];
  /** Every registered rule, sorted by id. */
  rules: ReportRule[];
  /** Open findings, sorted by file, line, column, rule id, message. */
  findings: ReportFinding[];
  /** Exceptions register (active and expired), sorted like findings. */
  exceptions: ReportException[];
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** A suppression comment of a file, as far as the report needs it (expired ones included). */
export interface ReportDirective {
  /** 0-based line of the comment. */
  line: number;
  ids: string[];
  reason: string;
  until?: string;
  scope: 'line' | 'file';
  /** 0-based, inclusive lines the directive covers. */
  coverStart: number;
  coverEnd: number;
}

/** Per-file facts counted from the parsed file (see `reportFactsOf`); cheap, outside the lint path. */
export interface ReportFileFacts {
  /** Kubernetes objects in the file (0 for other kinds). */
  objects: number;
  directives: ReportDirective[];
}

/** One linted file. */
export interface ReportFileInput {
  /** Display path (relative, `/`). */
  file: string;
  result: LintResult;
  /** Without facts a Kubernetes file counts as one object and expired exceptions are not listed. */
  facts?: ReportFileFacts;
}

/** What the caller knows and the engine cannot (it has no fs, git or clock). */
export interface ReportMeta {
  tool: { name: string; version: string };
  /** The rule registry the scan ran with. */
  rules: readonly RuleMeta[];
  /** The effective configuration of the scan (severities, today, namespace ...). */
  config: LintConfig;
  /** ISO 8601; omit for a reproducible report. */
  generatedAt?: string;
  workspaceFolders: readonly string[];
  /** Files discovery or the engine skipped, with reasons. */
  skipped: readonly SkippedEntry[];
  ruleErrors?: readonly RuleErrorEntry[];
  git?: { commit: string; dirty: boolean };
  /** Authors of suppression comments keyed by `exceptionKey(file, line)` (0-based comment line). */
  authors?: Readonly<Record<string, string>>;
}

/** Key of a suppression comment line in `ReportMeta.authors`. */
export function exceptionKey(file: string, line0: number): string {
  return `${file}:${line0}`;
}

export { buildReport } from './build';

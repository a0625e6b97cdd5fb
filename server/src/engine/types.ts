/**
 * Plain-data types shared by the engine, the rules, the CLI and the language server.
 * Ranges are LSP ranges: 0-based line, UTF-16 character, end exclusive.
 */
import type { Range, Position } from 'vscode-languageserver-types';

export type { Range, Position };

/** The SOC 2 trust services criteria soc2lint maps findings to. */
export const SOC2_CONTROLS = ['CC6.1', 'CC6.2', 'CC6.3', 'CC6.6', 'CC6.7', 'CC6.8', 'CC7.2', 'CC7.3', 'A1.2'] as const;
export type Soc2Control = (typeof SOC2_CONTROLS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A user's per-rule setting: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

/**
 * What a file is, for linting purposes.
 * - `helm-template` files are recognised but analysed by the Helm support, never as plain YAML.
 * - `ignored` files are not linted (unrelated YAML, JSON, anything else).
 */
export type FileKind = 'dockerfile' | 'kubernetes' | 'helm-values' | 'helm-template' | 'ignored';

/** The kinds a rule can target. `any` rules run on every linted file (e.g. credential formats). */
export type RuleKind = 'dockerfile' | 'kubernetes' | 'helm-values' | 'workspace' | 'any';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A change to another file than the one linted (e.g. create a NetworkPolicy beside a manifest). */
export interface FileCreate {
  /** Path relative to the linted document's folder. */
  relativePath: string;
  text: string;
}

/** Edits to another existing file, named by the uri the caller gave the engine for it. */
export interface FileEdits {
  uri: string;
  edits: TextEdit[];
}

export interface Fix {
  title: string;
  /** Edits to the linted document, non-overlapping. */
  edits: TextEdit[];
  /** Files to create; only suggestions may create files. */
  creates?: FileCreate[];
  /**
   * Edits to other files, e.g. a Helm chart's values.yaml for a finding in a template whose value
   * comes from there (the template itself is then left alone: `edits` is empty).
   */
  fileEdits?: FileEdits[];
}

/** Another place that explains a finding (LSP `relatedInformation`, SARIF `relatedLocations`). */
export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
}

/** Identifies the Kubernetes object (or Dockerfile stage) a finding is about. */
export interface ResourceRef {
  kind: string;
  name: string;
  namespace?: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  /** Human message; never contains a secret value (masked at report time). */
  message: string;
  severity: Severity;
  controls: Soc2Control[];
  range: Range;
  resource?: ResourceRef;
  /** A safe, local fix that may be applied in bulk. */
  fix?: Fix;
  /** Fixes that need judgement: offered one by one, never applied in bulk. */
  suggestions?: Fix[];
  /** Other places that explain the finding (e.g. the values key a Helm template renders). */
  related?: RelatedLocation[];
}

/** A finding that a suppression comment accepted as an exception. */
export interface SuppressedFinding extends Finding {
  suppression: {
    reason: string;
    until?: string;
    /** 0-based line of the suppression comment. */
    line: number;
    scope: 'line' | 'file';
  };
}

export interface LintInput {
  uri: string;
  text: string;
  /** Overrides classification by path and content. */
  kind?: FileKind;
}

export interface LintResult {
  uri: string;
  kind: FileKind;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Syntax problems found by the parsers (also reported as SL001 findings). */
  parseProblems: ParseProblem[];
  /** Set when the engine skipped the file, with the reason (e.g. too large). */
  skipped?: string;
  /** Parts of the file the engine did not analyse, each with the reason (e.g. a Helm template document). */
  skippedParts?: { range: Range; reason: string }[];
}

export interface ParseProblem {
  message: string;
  range: Range;
}

/** Engine configuration; every field has a default (see `resolveConfig`). */
/** `recommended`: low noise, adoptable on day one. `strict`: adds pinning, digests, HEALTHCHECK and other high-volume checks. */
export const PROFILES = ['recommended', 'strict'] as const;
export type Profile = (typeof PROFILES)[number];

export interface LintConfig {
  /** Which rule set runs by default. */
  profile: Profile;
  /** Per-rule overrides keyed by rule id (or a peer's alias id, e.g. `KSV-0017`). */
  rules: Record<string, RuleSetting>;
  /** Registries considered trusted (used by provenance rules). */
  trustedRegistries: string[];
  /** Namespace of objects that do not set `metadata.namespace`. */
  defaultNamespace: string;
  /** Today's date (YYYY-MM-DD) for suppression expiry; the engine never reads a clock. */
  today: string;
  /** Files larger than this (UTF-16 code units) are skipped with a reason. */
  maxFileSize: number;
  /** Base URL for rule documentation links. */
  docsBaseUrl: string;
}

/**
 * The rule contract (STYLE.md §3): metadata as data plus a pure `check`.
 */
import type { DockerfileModel } from './dockerfile';
import type { K8sObject } from './kubernetes';
import type { LineIndex } from './positions';
import type { SuppressionDirective } from './suppressions';
import type { FileKind, Fix, LintConfig, ParseProblem, Range, ResourceRef, RuleKind, Severity, Soc2Control } from './types';
import type { WorkspaceIndex } from './workspace-index';
import type { YamlFile } from './yaml';

export type FixKind = 'quickfix' | 'suggestion' | 'none';
/** `default` rules run out of the box; `strict` rules only in the strict profile. */
export type RuleProfile = 'default' | 'strict';

export interface RuleMeta<M extends string = string> {
  /** Stable id: DF### Dockerfile, K8S### Kubernetes, HV### Helm values, WS### cross-file, SEC### any file, SL### soc2lint itself. */
  id: string;
  slug: string;
  kind: RuleKind;
  title: string;
  controls: Soc2Control[];
  severity: Severity;
  description: string;
  remediation: string;
  fix: FixKind;
  /** Message templates; `{{name}}` placeholders are filled from report data. */
  messages: Record<M, string>;
  profile?: RuleProfile;
  /** Peer rule ids this rule corresponds to, for users migrating from other tools. */
  peers?: string[];
}

export interface ReportDescriptor<M extends string = string> {
  messageId: M;
  range: Range;
  /**
   * Placeholder values. A value under the key `secret` is masked before it reaches the message,
   * so no rule can leak a secret by mistake.
   */
  data?: Record<string, string | number>;
  fix?: Fix;
  suggestions?: Fix[];
  resource?: ResourceRef;
}

export interface RuleContext<M extends string = string> {
  uri: string;
  text: string;
  lines: LineIndex;
  kind: FileKind;
  config: LintConfig;
  /** Parsed YAML (kubernetes and helm-values files). */
  yaml: YamlFile | undefined;
  /** Kubernetes objects of the file (kubernetes files). */
  objects: K8sObject[];
  /** Parsed Dockerfile (dockerfile files). */
  dockerfile: DockerfileModel | undefined;
  /** Cross-file facts; undefined when linting a file on its own. */
  index: WorkspaceIndex | undefined;
  directives: SuppressionDirective[];
  parseProblems: ParseProblem[];
  knownRuleIds: ReadonlySet<string>;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext<M>): void;
}

/** Identity function that gives rule definitions their types. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** File kinds a rule of a given kind runs on. */
export function fileKindsFor(kind: RuleKind): FileKind[] {
  switch (kind) {
    case 'dockerfile':
      return ['dockerfile'];
    case 'kubernetes':
    case 'workspace':
      return ['kubernetes'];
    case 'helm-values':
      return ['helm-values'];
    case 'any':
      return ['dockerfile', 'kubernetes', 'helm-values'];
  }
}

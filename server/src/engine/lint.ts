/**
 * The engine entry point: text in, plain data out. Stateless; callers cache by uri + version.
 */
import { allRules } from '../../../rules/index';
import { aliasesOf, aliasTable, expandRuleIds, knownRuleKeys } from './aliases';
import { baseName, classifyPath, mayHoldKubernetesObjects } from './classify';
import { resolveConfig } from './config';
import { parseDockerfile, type DockerfileModel } from './dockerfile';
import { DockerfileParseCache, parseDockerfileCached } from './dockerfile-cache';
import { kubernetesObjects, type K8sObject } from './kubernetes';
import { maskSecret } from './mask';
import { compareRanges, LineIndex } from './positions';
import { fileKindsFor, type ReportDescriptor, type Rule, type RuleContext } from './rule';
import { directiveApplies, parseSuppressions } from './suppressions';
import type { FileKind, Finding, LintConfig, LintInput, LintResult, ParseProblem, RuleSetting, SuppressedFinding } from './types';
import type { WorkspaceIndex } from './workspace-index';
import type { YamlParseCache } from './yaml-cache';
import { adjustTemplateFinding } from './helm/findings';
import { analyseTemplate, type HelmLintContext, type TemplateAnalysis } from './helm/template';
import { overlayFindings, type OverlayResult, type OverlayTemplate } from './helm/overlay';
import { reconcileValuesFindings } from './helm/usage';
import type { ValuesFile } from './helm/values';
import { asMap, getString, parseYaml, type YamlDocument, type YamlFile } from './yaml';

/** A document whose root has `apiVersion` and `kind` (an empty `kind: List` counts). */
function isObjectDocument(doc: YamlDocument): boolean {
  const root = asMap(doc.contents);
  return Boolean(getString(root, 'apiVersion') && getString(root, 'kind'));
}

export interface LintOptions {
  index?: WorkspaceIndex;
  /** The file's Helm chart: its path in the chart and, for templates, the chart's values. */
  helm?: HelmLintContext;
  /** Defaults to every registered rule. */
  rules?: readonly Rule[];
  /** Per-document parse cache owned by the caller (see yaml-cache.ts, dockerfile-cache.ts). */
  parseCache?: ParseCache;
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface ParsedFile {
  kind: FileKind;
  lines: LineIndex;
  yaml: YamlFile | undefined;
  objects: K8sObject[];
  dockerfile: DockerfileModel | undefined;
  parseProblems: ParseProblem[];
  /** Helm templates: the rendered model and how findings map back (see helm/template.ts). */
  template?: TemplateAnalysis;
  /** Why the file is not analysed (e.g. a Helm helper file). */
  skipped?: string;
}

/** A per-document parse cache: the one matching the document's kind is used, another is ignored. */
export type ParseCache = YamlParseCache | DockerfileParseCache;

/**
 * Classifies and parses a document; the one place parsing happens. `cache` (owned by the caller, one
 * per open document) lets a multi-document YAML file re-parse only the documents an edit touched,
 * and a Dockerfile only the segments it touched.
 */
export function parseDocument(input: LintInput, helm?: HelmLintContext, cache?: ParseCache): ParsedFile {
  const lines = new LineIndex(input.text);
  let kind: FileKind;
  if (input.kind) kind = input.kind;
  else {
    const byPath = classifyPath(input.uri, helm);
    kind = byPath === 'maybe-kubernetes' ? (mayHoldKubernetesObjects(input.text) ? 'kubernetes' : 'ignored') : byPath;
  }
  if (kind === 'dockerfile') {
    const dockerfile = cache instanceof DockerfileParseCache ? parseDockerfileCached(input.text, cache) : parseDockerfile(input.text);
    return { kind, lines, yaml: undefined, objects: [], dockerfile, parseProblems: [] };
  }
  if (kind === 'helm-values') {
    // An overlay linted with the chart's templates was parsed for their values stacks already.
    const file = overlayFileOf(input, helm);
    if (file) return { kind, lines: file.lines, yaml: { docs: file.docs, problems: file.problems }, objects: [], dockerfile: undefined, parseProblems: file.problems };
  }
  if (kind === 'kubernetes' || kind === 'helm-values') {
    const yaml = parseYaml(input.text, lines, cache instanceof DockerfileParseCache ? undefined : cache);
    const objects = kind === 'kubernetes' ? kubernetesObjects(yaml.docs) : [];
    // Content said "maybe"; without a single object it is some other YAML: ignore it quietly.
    if (kind === 'kubernetes' && !input.kind && !yaml.docs.some(isObjectDocument) && yaml.problems.length === 0) {
      return { kind: 'ignored', lines, yaml: undefined, objects: [], dockerfile: undefined, parseProblems: [] };
    }
    return { kind, lines, yaml, objects, dockerfile: undefined, parseProblems: yaml.problems };
  }
  if (kind === 'helm-template') {
    // Template actions are not YAML: no parse problems are reported for templates, ever.
    const t = analyseTemplate(input.text, lines, helm ?? { chartRelativePath: `templates/${baseName(input.uri)}` });
    const parsed: ParsedFile = { kind, lines, yaml: t.yaml, objects: t.objects, dockerfile: undefined, parseProblems: [] };
    if (t.analysis) parsed.template = t.analysis;
    if (t.skipped) parsed.skipped = t.skipped;
    return parsed;
  }
  return { kind, lines, yaml: undefined, objects: [], dockerfile: undefined, parseProblems: [] };
}

interface RuleKeys {
  table: Map<string, string[]>;
  keys: Set<string>;
  aliases: Map<string, string[]>;
}
/** Derived once per rule list (a pure function of immutable metadata, memoised per list). */
const ruleKeyMemo = new WeakMap<readonly Rule[], RuleKeys>();
function ruleKeys(rules: readonly Rule[]): RuleKeys {
  let keys = ruleKeyMemo.get(rules);
  if (!keys) {
    keys = { table: aliasTable(rules), keys: knownRuleKeys(rules), aliases: new Map(rules.map((r) => [r.meta.id, aliasesOf(r.meta)])) };
    ruleKeyMemo.set(rules, keys);
  }
  return keys;
}

/** A setting written under a peer's id (`KSV-0017: off`) applies to our rule. */
function aliasSetting(cfg: LintConfig, aliases: string[] | undefined): RuleSetting | undefined {
  for (const alias of aliases ?? []) {
    const s = cfg.rules[alias];
    if (s !== undefined) return s;
  }
  return undefined;
}

function fillTemplate(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, key: string) => {
    const v = data?.[key];
    if (v === undefined) return `{{${key}}}`;
    return key === 'secret' ? maskSecret(String(v)) : String(v);
  });
}

/**
 * Lints one document. Never throws for bad input: syntax errors come back as `parseProblems` (and
 * SL001 findings); a throwing rule is reported through `onRuleError` and skipped.
 */
export function lintDocument(input: LintInput, config?: Partial<LintConfig>, options: LintOptions = {}): LintResult {
  const cfg = resolveConfig(config);
  if (input.text.length > cfg.maxFileSize) {
    return { uri: input.uri, kind: input.kind ?? 'ignored', findings: [], suppressed: [], parseProblems: [], skipped: `file is larger than ${cfg.maxFileSize} characters` };
  }
  const parsed = parseDocument(input, options.helm, options.parseCache);
  return lintParsed(input, parsed, cfg, options);
}

export function lintParsed(input: LintInput, parsed: ParsedFile, cfg: LintConfig, options: LintOptions = {}): LintResult {
  const { kind, lines } = parsed;
  const result: LintResult = { uri: input.uri, kind, findings: [], suppressed: [], parseProblems: parsed.parseProblems };
  if (kind === 'ignored') return result;
  const analysis = parsed.template;
  if (kind === 'helm-template') {
    if (parsed.skipped) result.skipped = parsed.skipped;
    if (!analysis) return result;
    if (analysis.skippedParts.length > 0) result.skippedParts = analysis.skippedParts;
  }
  const rules = options.rules ?? allRules;
  const { table, keys: knownRuleIds, aliases } = ruleKeys(allRules);
  // Peer ids in suppressions (`# soc2lint-ignore CKV_K8S_16: …`) act on the rules they name.
  const directives = parseSuppressions(lines, kind, parsed.dockerfile).map((d) => ({ ...d, ids: expandRuleIds(d.ids, table) }));
  const raw: Finding[] = [];
  for (const rule of rules) {
    const setting = cfg.rules[rule.meta.id] ?? aliasSetting(cfg, aliases.get(rule.meta.id));
    if (setting === 'off') continue;
    // Strict-profile rules run in the strict profile, or when configured explicitly.
    if (rule.meta.profile === 'strict' && setting === undefined && cfg.profile !== 'strict') continue;
    // Templates run the Kubernetes rules on the rendered model and the text rules on the template.
    if (kind === 'helm-template' ? rule.meta.kind !== 'kubernetes' && rule.meta.kind !== 'any' : !fileKindsFor(rule.meta.kind).includes(kind)) continue;
    if (rule.meta.kind === 'workspace' && !options.index) continue;
    const severity = setting ?? rule.meta.severity;
    const rendered = analysis && rule.meta.kind === 'kubernetes' ? analysis : undefined;
    const ctx: RuleContext = {
      uri: input.uri,
      text: rendered ? rendered.virtualText : input.text,
      lines: rendered ? rendered.virtualLines : lines,
      kind,
      config: cfg,
      yaml: parsed.yaml,
      objects: parsed.objects,
      dockerfile: parsed.dockerfile,
      index: options.index,
      directives,
      parseProblems: parsed.parseProblems,
      knownRuleIds,
      report(d: ReportDescriptor) {
        const template = rule.meta.messages[d.messageId];
        if (template === undefined) throw new Error(`${rule.meta.id}: unknown messageId "${d.messageId}"`);
        const finding: Finding = {
          ruleId: rule.meta.id,
          messageId: d.messageId,
          message: fillTemplate(template, d.data),
          severity,
          controls: [...rule.meta.controls],
          range: d.range,
        };
        if (d.resource) finding.resource = d.resource;
        if (d.fix) finding.fix = d.fix;
        if (d.suggestions?.length) finding.suggestions = d.suggestions;
        if (!analysis) raw.push(finding);
        else {
          const adjusted = adjustTemplateFinding(analysis, finding, rule.meta.kind, lines.eol);
          if (adjusted) raw.push(adjusted);
        }
      },
    };
    if (analysis) analysis.trace.reads = [];
    try {
      rule.check(ctx);
    } catch (error) {
      options.onRuleError?.(rule.meta.id, error);
    }
  }
  const overlay = kind === 'helm-values' && options.helm?.overlayTemplates && parsed.yaml ? lintOverlayTemplates(valuesFileOf(input, parsed, options.helm), options.helm.overlayTemplates, cfg, options) : undefined;
  if (kind === 'helm-values' && parsed.yaml) {
    // An overlay evaluated with the templates is reconciled like values.yaml, against what the
    // templates did with the overlay on top; without them, an overlay keeps its rendered keys.
    const usage = overlay?.usage ?? options.helm?.usage;
    if (usage) raw.splice(0, raw.length, ...reconcileValuesFindings(raw, parsed.yaml, lines, usage, !overlay && !/^values\.ya?ml$/i.test(options.helm!.chartRelativePath)));
  }
  if (overlay) raw.push(...overlay.findings);
  raw.sort((a, b) => compareRanges(a.range, b.range) || a.ruleId.localeCompare(b.ruleId));
  for (const finding of raw) {
    const d = finding.ruleId.startsWith('SL') ? undefined : directives.find((x) => directiveApplies(x, finding.ruleId, finding.range.start.line, cfg.today));
    if (!d) {
      result.findings.push(finding);
      continue;
    }
    const s: SuppressedFinding = { ...finding, suppression: { reason: d.reason, line: d.line, scope: d.scope } };
    if (d.until) s.suppression.until = d.until;
    result.suppressed.push(s);
  }
  return result;
}

/** The chart's templates evaluated with an overlay on top (helm/overlay.ts), with the overlay's configuration. */
function lintOverlayTemplates(overlay: ValuesFile, templates: readonly OverlayTemplate[], cfg: LintConfig, options: LintOptions): OverlayResult {
  const baseline = options.helm?.overlayBaseline ? { cache: options.helm.overlayBaseline, configKey: JSON.stringify(cfg) + (options.rules ? `\0${options.rules.map((r) => r.meta.id).join(',')}` : '') } : undefined;
  return overlayFindings(overlay, templates, (t, values) => {
    const helm: HelmLintContext = { chartRelativePath: t.chartRelativePath, values, ...(t.chart ? { chart: t.chart } : {}) };
    const input: LintInput = { uri: t.uri, text: t.text };
    const parsed = parseDocument(input, helm);
    const rest: LintOptions = { helm };
    if (options.index) rest.index = options.index;
    if (options.rules) rest.rules = options.rules;
    if (options.onRuleError) rest.onRuleError = options.onRuleError;
    return { result: lintParsed(input, parsed, cfg, rest), analysis: parsed.template };
  }, baseline);
}

/** The overlay's file in its templates' values stacks when it holds this very text (its own, unscoped). */
function overlayFileOf(input: LintInput, helm: HelmLintContext | undefined): ValuesFile | undefined {
  for (const t of helm?.overlayTemplates ?? []) {
    for (const f of t.values.files) if (f.uri === input.uri && !f.scope && f.text === input.text) return f;
  }
  return undefined;
}

/** A parsed values file as the Helm engine's `ValuesFile` (no second parse). */
function valuesFileOf(input: LintInput, parsed: ParsedFile, helm: HelmLintContext | undefined): ValuesFile {
  // The stacks' own file: `withValuesFile` then keeps the stacks as they are.
  const own = overlayFileOf(input, helm);
  if (own) return own;
  const docs = parsed.yaml?.docs ?? [];
  return { uri: input.uri, text: input.text, lines: parsed.lines, docs, root: asMap(docs[0]?.contents), problems: parsed.parseProblems };
}

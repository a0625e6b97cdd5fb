/**
 * Helm template analysis: render (render.ts), parse the skeleton, graft values (graft.ts), and the
 * virtual text the Kubernetes rules run on (the template, then each values file, so a finding on a
 * grafted values node points into the values file). findings.ts maps the findings back.
 */
import type { HelmContext } from '../classify';
import { kubernetesObjects, type K8sObject } from '../kubernetes';
import { LineIndex } from '../positions';
import type { Range } from '../types';
import { asMap, getPair, getString, isPair, isSeq, nodeOffsets, pairKey, parseYaml, walkMaps, type YamlDocument, type YamlFile, type YAMLMap } from '../yaml';
import { Scalar } from 'yaml';
import { GraftReadLog } from '../template-output';
import { isUnknown, UnknownTrace } from '../unknown';
import { graftDocument, type GraftRecord, type GraftState, type ValuesRegion } from './graft';
import { renderTemplate, type ChartMetadata, type RenderResult } from './render';
import type { OverlayBaselineCache, OverlayTemplate } from './overlay';
import type { ValuesUsage } from './usage';
import { parseChartValues, type ChartValues, type ValuesFileInput } from './values';

/** What the caller knows about a file's chart (the engine never reads files itself). */
export interface HelmLintContext extends HelmContext {
  /** values.yaml first, then overlays; parse once with `parseChartValues` and reuse. */
  values?: ChartValues | readonly ValuesFileInput[];
  /** For values files: what the chart's templates read and render (see usage.ts). */
  usage?: ValuesUsage;
  /** `.Chart.Name` and friends, from Chart.yaml (see `chartMetadata`). */
  chart?: ChartMetadata;
  /**
   * For an overlay (`values-<env>.yaml`): the chart's templates (and its subcharts'), each with a
   * values stack holding the overlay; their findings on what the overlay sets are reported in it
   * (see overlay.ts), and its HV findings are reconciled with them.
   */
  overlayTemplates?: readonly OverlayTemplate[];
  /** The caller's memo of the templates' findings without the overlay (kept across keystrokes). */
  overlayBaseline?: OverlayBaselineCache;
}

/** The `.Chart` fields templates use, read from Chart.yaml text. */
export function chartMetadata(chartYaml: string): ChartMetadata {
  const root = asMap(parseYaml(chartYaml, new LineIndex(chartYaml)).docs[0]?.contents);
  const out: ChartMetadata = {};
  const name = getString(root, 'name');
  const version = getString(root, 'version');
  const appVersion = getString(root, 'appVersion');
  if (name !== undefined) out.name = name;
  if (version !== undefined) out.version = version;
  if (appVersion !== undefined) out.appVersion = appVersion;
  return out;
}

/** A Chart.yaml `dependencies` entry: the subchart's name and the values key it gets (`alias`). */
export interface ChartDependency {
  name: string;
  alias?: string;
}

/** The `dependencies` of a Chart.yaml text (entries without a name are left out). */
export function chartDependencies(chartYaml: string): ChartDependency[] {
  const root = asMap(parseYaml(chartYaml, new LineIndex(chartYaml)).docs[0]?.contents);
  const list = getPair(root, 'dependencies')?.value;
  const out: ChartDependency[] = [];
  for (const item of isSeq(list) ? list.items : []) {
    const name = getString(asMap(item), 'name');
    const alias = getString(asMap(item), 'alias');
    if (name) out.push(alias ? { name, alias } : { name });
  }
  return out;
}

export interface SkippedPart {
  range: Range;
  reason: string;
}

export interface TemplateAnalysis {
  templateLength: number;
  /** Template text, then each grafted values file, each after a line break. */
  virtualText: string;
  virtualLines: LineIndex;
  /** The values snippets grafted nodes point into (see graft.ts). */
  regions: ValuesRegion[];
  grafts: GraftRecord[];
  unknownSpans: [number, number][];
  render: RenderResult;
  skippedParts: SkippedPart[];
  /** Reads of unknowns by the rule running now (lint.ts resets it before each rule). */
  trace: UnknownTrace;
  /** Grafted values nodes the rules read (virtual offsets; see ../template-output.ts and usage.ts). */
  graftReads: GraftReadLog;
  /** Values paths interpolated into strings built from text and actions (`"{{ .Values.image.repository }}:{{ .Values.image.tag }}"`). */
  interpolated: string[];
  /** Spans of the template's own maps (a finding's subject is the innermost one holding it). */
  maps: [number, number][];
  /** Findings not reported, and why; `subject` is the template map the finding was about. */
  dropped: { ruleId: string; range: Range; reason: DropReason; subject?: [number, number] }[];
}

export type DropReason = 'values text' | 'on unknown content' | 'read unknown content' | 'fix edits unknown content';

export interface ParsedTemplate {
  yaml: YamlFile | undefined;
  objects: K8sObject[];
  analysis: TemplateAnalysis | undefined;
  /** Why the whole file is not analysed. */
  skipped?: string;
}

export function resolveValues(values: HelmLintContext['values']): ChartValues | undefined {
  if (!values) return undefined;
  return 'files' in values ? values : parseChartValues(values);
}

/** Whether a chart-relative path is a template soc2lint analyses, or why not. */
export function templateSkipReason(chartRelativePath: string): string | undefined {
  const name = chartRelativePath.slice(chartRelativePath.lastIndexOf('/') + 1);
  if (/\.tpl$/i.test(name)) return 'Helm helper file (*.tpl): it only defines named templates, which are evaluated where templates include them';
  if (/^NOTES\.txt$/i.test(name)) return 'Helm NOTES.txt: printed after install, not deployed';
  if (!/\.(ya?ml)$/i.test(name)) return 'not a YAML template';
  return undefined;
}

/** Typical apiVersions for kinds whose apiVersion a helper prints. */
const API_VERSIONS: Record<string, string> = {
  Pod: 'v1', Service: 'v1', ConfigMap: 'v1', Secret: 'v1', ServiceAccount: 'v1', PersistentVolumeClaim: 'v1', Namespace: 'v1',
  Deployment: 'apps/v1', StatefulSet: 'apps/v1', DaemonSet: 'apps/v1', ReplicaSet: 'apps/v1',
  Job: 'batch/v1', CronJob: 'batch/v1',
  NetworkPolicy: 'networking.k8s.io/v1', Ingress: 'networking.k8s.io/v1',
  Role: 'rbac.authorization.k8s.io/v1', RoleBinding: 'rbac.authorization.k8s.io/v1', ClusterRole: 'rbac.authorization.k8s.io/v1', ClusterRoleBinding: 'rbac.authorization.k8s.io/v1',
  PodDisruptionBudget: 'policy/v1', HorizontalPodAutoscaler: 'autoscaling/v2',
};

/**
 * An object whose apiVersion or name a helper prints is still the object its literal `kind` says:
 * the apiVersion gets the usual one for the kind, the name shows the template expression.
 */
function fixObjectIdentity(doc: YamlDocument, text: string, unknownSpans: [number, number][]): void {
  const root = asMap(doc.contents);
  if (!root) return;
  const kind = getString(root, 'kind');
  const apiVersion = getPair(root, 'apiVersion');
  if (kind && apiVersion && root.items.includes(apiVersion) && isUnknown(apiVersion.value) && API_VERSIONS[kind]) {
    const o = nodeOffsets(apiVersion.value)!;
    const node = new Scalar<unknown>(API_VERSIONS[kind]);
    node.range = [o[0], o[1], o[1]];
    apiVersion.value = node;
    forget(unknownSpans, o);
  }
  showNameExpression(asMap(getPair(root, 'metadata')?.value), text, unknownSpans);
  // Container names (maps with an `image`) and references (`roleRef`, `subjects`: maps with a `kind`).
  walkMaps(root, (map) => {
    if (map !== root && map.items.some((p) => isPair(p) && (pairKey(p) === 'image' || pairKey(p) === 'kind'))) showNameExpression(map, text, unknownSpans);
  });
}

function forget(unknownSpans: [number, number][], o: [number, number]): void {
  const i = unknownSpans.findIndex((u) => u[0] === o[0] && u[1] === o[1]);
  if (i >= 0) unknownSpans.splice(i, 1);
}

/** A `name:` a helper prints reads as its template expression in messages (it is no security setting). */
function showNameExpression(map: YAMLMap | undefined, text: string, unknownSpans: [number, number][]): void {
  const name = getPair(map, 'name');
  if (!name || !map?.items.includes(name) || !isUnknown(name.value)) return;
  const o = nodeOffsets(name.value)!;
  const node = new Scalar<unknown>(text.slice(o[0], o[1]).replace(/\s+/g, ' ').replace(/\{\{-\s*/g, '{{ ').replace(/\s*-\}\}/g, ' }}'));
  node.range = [o[0], o[1], o[1]];
  name.value = node;
  forget(unknownSpans, o);
}

function fillBlockScalarTops(render: RenderResult, lines: LineIndex): { skeleton: string; docs: YamlDocument[] } {
  const chars = render.skeleton.split('');
  // Blanked lines at the top of a block scalar (`data: |` then `{{- if … }}`) are indented empty
  // lines YAML rejects: they become content lines of the scalar instead (a string no rule reads).
  const lineText = (l: number) => chars.slice(lines.lineStartOffset(l), lines.lineEndOffset(l)).join('');
  const indent = (t: string) => t.length - t.trimStart().length;
  for (let line = 0; line < lines.lineCount; line++) {
    const header = lineText(line);
    if (!/(^|[:\s-])[|>][-+0-9]*[ \t]*$/.test(header)) continue;
    let next = line + 1;
    while (next < lines.lineCount && lineText(next).trim() === '') next++;
    const headerIndent = indent(header);
    const nextIndent = next < lines.lineCount ? indent(lineText(next)) : 0;
    const target = nextIndent > headerIndent ? nextIndent : headerIndent + 2;
    for (let l = line + 1; l < next; l++) {
      const start = lines.lineStartOffset(l);
      const end = lines.lineEndOffset(l);
      for (let i = start + target; i < end; i++) chars[i] = 'x';
    }
  }
  const skeleton = chars.join('');
  return { skeleton, docs: parseYaml(skeleton, lines).docs };
}

/** Renders, parses and grafts a template. Never throws on bad input. */
export function analyseTemplate(text: string, lines: LineIndex, helm: HelmLintContext): ParsedTemplate {
  const reason = templateSkipReason(helm.chartRelativePath);
  if (reason) return { yaml: undefined, objects: [], analysis: undefined, skipped: reason };
  const values = resolveValues(helm.values);
  const render = renderTemplate(text, values, helm.chart);
  if (render.problem) return { yaml: undefined, objects: [], analysis: undefined, skipped: `the template cannot be evaluated: ${render.problem}` };
  const parsed = parseYaml(render.skeleton, lines);
  const skippedParts: SkippedPart[] = [];
  const docs: { doc: YamlDocument; skeleton: string }[] = [];
  // A document that does not parse gets a second chance: actions at the top of a block scalar
  // (`data: |` then `{{- if … }}`) leave indented blank lines there, which YAML rejects.
  let filled: { skeleton: string; docs: YamlDocument[] } | undefined;
  for (const doc of parsed.docs) {
    if (doc.errors.length === 0) {
      docs.push({ doc, skeleton: render.skeleton });
      continue;
    }
    filled ??= fillBlockScalarTops(render, lines);
    const retry = filled.docs.find((d) => d.range[0] === doc.range[0] && d.errors.length === 0);
    if (retry) {
      docs.push({ doc: retry, skeleton: filled.skeleton });
      continue;
    }
    const o = nodeOffsets(doc.contents) ?? doc.errors[0]!.pos;
    const first = doc.errors[0]!.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    skippedParts.push({ range: lines.range(o[0], Math.max(o[0], o[1])), reason: `this document is not YAML once its template actions are set aside (${first}); it is not analysed` });
  }
  const state: GraftState = { text, skeleton: render.skeleton, lines, regions: [], grafts: [], unknownSpans: [], trace: new UnknownTrace(), reads: new GraftReadLog(), interpolated: [] };
  // Documents partition the text: an action belongs to the last document starting before it.
  const starts = parsed.docs.map((d) => d.range[0]);
  const docOf = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
    return starts[i];
  };
  for (const { doc, skeleton } of docs) {
    const inDoc = (s: number) => docOf(s) === doc.range[0];
    state.skeleton = skeleton;
    graftDocument(state, doc, render.sites.filter((s) => inDoc(s.start)), render.uncertain.filter(([s]) => inDoc(s)));
    fixObjectIdentity(doc, text, state.unknownSpans);
  }
  // The virtual text: the template, then each graft's values snippet, one line break apart.
  const regions = state.regions;
  const virtualLines = regions.length > 0 ? LineIndex.join([lines, ...regions.map((r) => new LineIndex(r.file.text.slice(r.fileStart, r.fileStart + (r.end - r.start))))]) : lines;
  const analysis: TemplateAnalysis = {
    templateLength: text.length,
    virtualText: virtualLines.text,
    virtualLines,
    regions,
    grafts: state.grafts,
    unknownSpans: state.unknownSpans,
    render,
    skippedParts,
    trace: state.trace,
    graftReads: state.reads,
    interpolated: state.interpolated,
    maps: [],
    dropped: [],
  };
  const yamlDocs = docs.map((d) => d.doc);
  const maps: [number, number][] = [];
  for (const doc of yamlDocs) {
    walkMaps(doc.contents, (map) => {
      const o = nodeOffsets(map);
      if (o && o[0] < text.length) maps.push([o[0], o[1]]);
    });
  }
  analysis.maps = maps;
  const objects = kubernetesObjects(yamlDocs);
  // Reads so far were the analysis' own (object identity, kinds and names): only rules' reads count.
  state.reads.offsets = [];
  return { yaml: { docs: yamlDocs, problems: [] }, objects, analysis };
}

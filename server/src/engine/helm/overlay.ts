/**
 * Values overlays (`values-<env>.yaml`): Helm renders the chart with values.yaml and the overlay on
 * top, so the templates are evaluated once more against that stack, and the findings the overlay
 * brings are reported in the overlay, where a developer changes them:
 * - a finding whose value the overlay sets goes on the overlay key (the related location the
 *   template finding points at, or the key its fix edits), with the template line as related
 *   location, and its fix edits the overlay (the template and values.yaml stay as they are);
 * - a finding the overlay causes without setting its value (a flag such as `metrics.enabled: true`
 *   renders a sidecar, `containerSecurityContext.enabled: false` drops a block) is new with the
 *   overlay: it goes on the overlay entry the template read, without a fix (it would edit the
 *   template);
 * - what values.yaml alone causes is reported already, on the templates, and not per overlay.
 *
 * The same holds for a parent chart's overlay seen by a subchart's templates (the overlay's
 * `<subchart>:` key, see values.ts `scopedValuesFile`). Pure: the caller passes the texts and a
 * function that lints one template (lint.ts, with the overlay's configuration and rules).
 */
import type { Finding, Fix, LintResult, Range, RelatedLocation } from '../types';
import type { ChartMetadata } from './render';
import type { TemplateAnalysis } from './template';
import { judgedPaths, referencedPaths, type ValuesUsage } from './usage';
import { pathInParent, pathInScope, withValuesFile, type ChartValues, type ValuesFile } from './values';
import { isMap, isPair, isScalar, nodeOffsets, pathAt, scalarValue, type YAMLMap } from '../yaml';

/** A template evaluated with an overlay in its values stack. */
export interface OverlayTemplate {
  /** How findings name the template (the scan's display path, the server's key). */
  uri: string;
  /** Path relative to its chart root, e.g. `templates/deployment.yaml`. */
  chartRelativePath: string;
  text: string;
  /** Its values stack, lowest first (values.yaml, ..., the overlay); the overlay is one of the files. */
  values: ChartValues;
  chart?: ChartMetadata;
  /** Where the template's `.Values` sits in the overlay: [] in its own chart, [key] for a subchart. */
  scope?: readonly string[];
}

export interface OverlayResult {
  /** Findings located in the overlay, sorted by the caller's lint. */
  findings: Finding[];
  /** Overlay paths the templates read (textually, helpers included) and rendered into objects the
   *  Kubernetes rules judged: the HV reconciliation of the overlay (usage.ts). */
  usage: ValuesUsage;
}

/**
 * Caller-owned memo of what each template reports *without* the overlay (the baseline that tells the
 * findings an overlay causes). It does not depend on the overlay, so while a developer types in the
 * overlay it is computed once per template: keyed by the stack's lowest file (values.yaml, reused as
 * long as its text is unchanged), then by configuration, template and text, and checked against the
 * identity of every lower file. A WeakMap: it goes when the values file is parsed again.
 */
export type OverlayBaselineCache = WeakMap<ValuesFile, Map<string, Baseline>>;

/** A template linted without the overlay: what it reports, and which values paths it reads. */
interface Baseline {
  lower: readonly ValuesFile[];
  ids: ReadonlySet<string>;
  /** Values paths the evaluation read (render.ts `referenced`), as the template sees them. */
  read: ReadonlySet<string>;
}

/** Lints one template with a values stack; `analysis` is undefined when it was not analysed. */
export type TemplateLinter = (template: OverlayTemplate, values: ChartValues) => { result: LintResult; analysis: TemplateAnalysis | undefined };

function fileName(uri: string): string {
  return uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1);
}

/** A fix of the template finding as a fix of the overlay; undefined when it edits nothing there. */
function overlayFix(fix: Fix, overlayUri: string): { fix: Fix; safe: boolean } | undefined {
  const mine = fix.fileEdits?.filter((f) => f.uri === overlayUri) ?? [];
  if (mine.length === 0) return undefined;
  const others = fix.fileEdits?.filter((f) => f.uri !== overlayUri) ?? [];
  const out: Fix = { title: fix.title, edits: mine.flatMap((f) => f.edits) };
  if (others.length > 0) out.fileEdits = others;
  // A fix that also edits the template or another file is offered one by one, never in bulk.
  return { fix: out, safe: fix.edits.length === 0 && others.length === 0 && !fix.creates };
}

/** The template finding as it reads in the overlay, or undefined when the overlay does not set its value. */
export function findingInOverlay(f: Finding, overlayUri: string, template: OverlayTemplate): Finding | undefined {
  const here = f.related?.find((r) => r.uri === overlayUri);
  const fix = f.fix ? overlayFix(f.fix, overlayUri) : undefined;
  const at = here?.range ?? fix?.fix.edits[0]?.range;
  if (!at) return undefined;
  const related: RelatedLocation[] = [
    { uri: template.uri, range: f.range, message: `Rendered by ${template.chartRelativePath} with ${fileName(overlayUri)} on top of the chart's values.` },
    ...(f.related ?? []).filter((r) => r.uri !== overlayUri),
  ];
  const out: Finding = { ...f, range: at, related };
  delete out.fix;
  delete out.suggestions;
  const suggestions: Fix[] = [];
  if (fix?.safe) out.fix = fix.fix;
  else if (fix) suggestions.push(fix.fix);
  for (const s of f.suggestions ?? []) {
    const moved = overlayFix(s, overlayUri);
    if (moved) suggestions.push(moved.fix);
  }
  if (suggestions.length > 0) out.suggestions = suggestions;
  return out;
}

/** Scalar (or list) entries of a values map, with their dotted paths, in document order. */
function leaves(map: YAMLMap | undefined, prefix: string[] = [], out: { path: string; node: unknown }[] = []): { path: string; node: unknown }[] {
  for (const item of map?.items ?? []) {
    if (!isPair(item)) continue;
    const key = scalarValue(item.key);
    if (typeof key !== 'string') continue;
    // An empty map is an entry too: `securityContext: {}` where values.yaml has none renders `{}`.
    if (isMap(item.value) && (item.value as YAMLMap).items.length > 0) leaves(item.value as YAMLMap, [...prefix, key], out);
    else out.push({ path: [...prefix, key].join('.'), node: item.value });
  }
  return out;
}

/**
 * The overlay entry a finding the overlay causes without setting its value is put on: an entry the
 * template read (a flag such as `metrics.enabled: true` that renders a sidecar, or
 * `containerSecurityContext.enabled: false` that drops a block). The entry nearest to the values
 * the finding points at wins (`securityContext.privileged` for a finding on
 * `securityContext.allowPrivilegeEscalation`), then booleans, then the first in the file.
 */
function causingEntry(view: ValuesFile | undefined, read: ReadonlySet<string>, near: readonly string[][]): { path: string; range: Range } | undefined {
  if (!view) return undefined;
  const shared = (a: string[], b: readonly string[]) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const score = (path: string) => Math.max(0, ...near.map((n) => shared(path.split('.'), n)));
  let pick: { path: string; node: unknown } | undefined;
  let best = -1;
  // An entry is read when the template read it or a map holding it (`toYaml .Values.securityContext`).
  const isRead = (path: string) => read.has(path) || [...read].some((r) => r !== '' && path.startsWith(`${r}.`));
  for (const c of leaves(view.root).filter((l) => isRead(l.path))) {
    const s = score(c.path) * 2 + (isScalar(c.node) && typeof scalarValue(c.node) === 'boolean' ? 1 : 0);
    if (s > best) {
      best = s;
      pick = c;
    }
  }
  const o = pick ? nodeOffsets(pick.node) : undefined;
  return pick && o ? { path: pathInParent(view.scope, pick.path), range: view.lines.range(o[0], o[1]) } : undefined;
}

/** Values paths (as the template sees them) of a finding's related locations in the stack's files. */
function relatedPaths(f: Finding, values: ChartValues): string[][] {
  const out: string[][] = [];
  for (const r of f.related ?? []) {
    for (const file of values.files) {
      if (file.uri !== r.uri) continue;
      const path = pathAt(file.root, file.lines.offsetAt(r.range.start)).filter((p): p is string => typeof p === 'string');
      if (path.length > 0) out.push(path);
    }
  }
  return out;
}

const identity = (f: Finding) => `${f.ruleId}\0${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}\0${f.resource?.kind ?? ''}`;

/**
 * Evaluates the templates against their stacks (with `overlay`, the overlay as linted now) and keeps
 * the findings the overlay sets, plus those it causes: new with the overlay (the template linted
 * without it does not report them) and put on an entry of the overlay the template read.
 */
export function overlayFindings(overlay: ValuesFile, templates: readonly OverlayTemplate[], lint: TemplateLinter, baseline?: { cache: OverlayBaselineCache; configKey: string }): OverlayResult {
  const overlayUri = overlay.uri;
  const findings: Finding[] = [];
  const referenced = new Set<string>();
  const rendered = new Set<string>();
  const interpolated = new Set<string>();
  const seen = new Set<string>();
  const add = (moved: Finding) => {
    // Two templates rendering the same key for the same object say one thing.
    const key = `${moved.ruleId}\0${moved.range.start.line}:${moved.range.start.character}\0${moved.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(moved);
  };
  for (const t of templates) {
    // A subchart's `.Values.x` is the overlay's `<key>.x`; its `.Values.global` is the overlay's `global`.
    const inOverlay = (p: string) => pathInParent(t.scope, p);
    for (const p of referencedPaths(t.text)) referenced.add(inOverlay(p));
    if (!/\.ya?ml$/i.test(t.chartRelativePath)) continue;
    const values = withValuesFile(t.values, overlay);
    const lower = values.files.filter((f) => f.uri !== overlayUri);
    const base = baselineOf(t, lower, lint, baseline);
    // Evaluation reads every values path the rendering depends on (a condition before the branch it
    // picks), so a template that reads nothing the overlay sets renders the same with it: skip it.
    if (!touches(base.read, overlayPaths(overlay, t.scope))) continue;
    const { result, analysis } = lint(t, values);
    if (analysis) for (const p of judgedPaths(analysis, result)) rendered.add(inOverlay(p));
    for (const p of analysis?.interpolated ?? []) interpolated.add(inOverlay(p));
    // Findings the template suppresses stay suppressed there; they are not raised again here.
    const unplaced: Finding[] = [];
    for (const f of result.findings) {
      const moved = findingInOverlay(f, overlayUri, t);
      if (moved) add(moved);
      else unplaced.push(f);
    }
    if (unplaced.length === 0 || !analysis) continue;
    const view = values.files.find((f) => f.uri === overlayUri);
    if (!view) continue;
    const before = base.ids;
    for (const f of unplaced) {
      if (before.has(identity(f))) continue;
      const entry = causingEntry(view, analysis.render.referenced, relatedPaths(f, values));
      if (!entry) continue;
      const out: Finding = { ...f, range: entry.range, related: [{ uri: t.uri, range: f.range, message: `Rendered by ${t.chartRelativePath} only with ${fileName(overlayUri)}, which sets ${entry.path}.` }, ...(f.related ?? [])] };
      // Its fix, if any, edits the template: the overlay itself has nothing to fix locally.
      delete out.fix;
      delete out.suggestions;
      add(out);
    }
  }
  return { findings, usage: { referenced, rendered, interpolated } };
}

/** What the template reports and reads with the lower files alone (memoised, see OverlayBaselineCache). */
function baselineOf(t: OverlayTemplate, lower: ValuesFile[], lint: TemplateLinter, baseline: { cache: OverlayBaselineCache; configKey: string } | undefined): Baseline {
  const compute = (): Baseline => {
    const { result, analysis } = lint(t, { files: lower });
    return { lower, ids: new Set([...result.findings, ...result.suppressed].map(identity)), read: analysis?.render.referenced ?? new Set(['']) };
  };
  const first = lower[0];
  if (!baseline || !first) return compute();
  let byTemplate = baseline.cache.get(first);
  if (!byTemplate) {
    byTemplate = new Map();
    baseline.cache.set(first, byTemplate);
  }
  // Chart.yaml is part of the input too (`.Chart.AppVersion` renders image tags).
  const key = `${baseline.configKey}\0${t.uri}\0${(t.scope ?? []).join('.')}\0${JSON.stringify(t.chart ?? {})}\0${t.text}`;
  const hit = byTemplate.get(key);
  if (hit && hit.lower.length === lower.length && hit.lower.every((f, i) => f === lower[i])) return hit;
  const out = compute();
  byTemplate.set(key, out);
  return out;
}

/** The overlay's entries as a template with `scope` sees them (`<key>.x` is a subchart's `x`; `global` stays). */
function overlayPaths(overlay: ValuesFile, scope: readonly string[] | undefined): string[] {
  return leaves(overlay.root).flatMap(({ path }) => pathInScope(scope, path) ?? []);
}

/** True when a read path and a set path overlap (one holds the other; '' is the whole `.Values`). */
function touches(read: ReadonlySet<string>, set: readonly string[]): boolean {
  if (set.length === 0) return false;
  for (const r of read) {
    if (r === '') return true;
    for (const p of set) if (p === '' || p === r || p.startsWith(`${r}.`) || r.startsWith(`${p}.`)) return true;
  }
  return false;
}

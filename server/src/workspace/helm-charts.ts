/**
 * Helm chart context for the engine, read from disk (or the caller's override, e.g. unsaved editor
 * text): a chart's values (parsed once per text), its Chart.yaml fields and, for values files,
 * what its templates use (HV/template reconciliation, engine/helm/usage.ts). Used by the CLI scan and
 * the language server, so both evaluate templates against the same values.
 *
 * Values stacks, as Helm coalesces them:
 * - a chart's templates: its values.yaml; a subchart under a parent's `charts/` also gets the
 *   parent's values under the subchart's key (its name, or the dependency's `alias`) and the
 *   parent's `global:`, which override its own (recursively up the parents). A subchart without
 *   a parent chart is evaluated against its own values.yaml alone.
 * - an overlay (`values-<env>.yaml`, `values.<env>.yaml` ...): the chart's templates and its
 *   subcharts' are evaluated once more with values.yaml and the overlay on top (engine/helm/overlay.ts);
 *   with `overlays` chosen explicitly (`scan --values`), a chart's chosen overlays stack in that
 *   order, like `helm -f a -f b`, and its other overlays are checked on their own content only.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { HelmContext } from '../engine/classify';
import { chartDependencies, chartMetadata, type HelmLintContext } from '../engine/helm/template';
import { valuesUsage, type ChartTemplate } from '../engine/helm/chart-usage';
import type { OverlayBaselineCache, OverlayTemplate } from '../engine/helm/overlay';
import type { ValuesUsage } from '../engine/helm/usage';
import { parseChartValues, scopedValuesFile, type ChartValues, type ValuesFile } from '../engine/helm/values';
import type { ChartMetadata } from '../engine/helm/render';

/** Reads a file's text (undefined when missing or unreadable). */
export type TextReader = (absPath: string) => string | undefined;

const VALUES_NAMES = ['values.yaml', 'values.yml'];
const CHART_NAMES = ['Chart.yaml', 'Chart.yml'];
/** Template folders deeper than this are not listed (a runaway symlink loop, a vendored tree). */
const MAX_TEMPLATE_FILES = 2000;
/** Subcharts nested deeper than this are not followed. */
const MAX_SUBCHART_DEPTH = 5;

/** A chart's values file name other than values.yaml: an overlay. */
export function isOverlayName(name: string): boolean {
  return /^values.+\.ya?ml$/i.test(name) && !VALUES_NAMES.includes(name.toLowerCase());
}

interface ChartState {
  chartText: string | undefined;
  chart: ChartMetadata | undefined;
  /** The texts usage was computed from (values text, then each template path and text). */
  usageKey: string[] | undefined;
  usage: ValuesUsage | undefined;
}

/** The chart root of a file: its absolute path minus its chart-relative path. */
export function chartRootOf(absPath: string, helm: HelmContext): string {
  const rel = helm.chartRelativePath.split('/');
  let root = absPath;
  for (let i = 0; i < rel.length; i++) root = root.slice(0, Math.max(root.lastIndexOf('/'), root.lastIndexOf('\\')));
  return root;
}

export class HelmCharts {
  private readonly charts = new Map<string, ChartState>();
  /** Parsed values files by path, reused while their text is unchanged. */
  private readonly files = new Map<string, { text: string; file: ValuesFile }>();
  /** What each template reports without an overlay, kept while values.yaml is unchanged (overlay.ts). */
  private readonly overlayBaseline: OverlayBaselineCache = new WeakMap();
  /** Texts that replace what the reader returns (a values text being fixed). */
  private readonly overrides = new Map<string, string>();

  /**
   * @param read      file reader (disk, or the editor's open text first)
   * @param valuesUri how the engine names a chart file in findings (the scan's display path, the server's key)
   * @param usageRead reader for what the templates use (the server passes the disk: usage lints every
   *                  template of the chart, too much work for every keystroke, and changes on save)
   * @param overlays  overlays chosen explicitly (absolute paths, in stacking order); undefined: every
   *                  overlay of a chart is evaluated on top of its values.yaml on its own
   */
  constructor(
    private readonly read: TextReader,
    private readonly valuesUri: (absPath: string) => string,
    private readonly usageRead: TextReader = read,
    private readonly overlays?: readonly string[],
  ) {}

  /** Replaces a file's text (undefined: back to the reader) for the lookups that follow. */
  override(absPath: string, text: string | undefined): void {
    if (text === undefined) this.overrides.delete(absPath);
    else this.overrides.set(absPath, text);
  }

  private text(absPath: string, read: TextReader = this.read): string | undefined {
    return this.overrides.get(absPath) ?? read(absPath);
  }

  /** A values file parsed, or undefined when missing; unchanged text is not parsed again. */
  valuesFile(absPath: string, read: TextReader = this.read): ValuesFile | undefined {
    const text = this.text(absPath, read);
    if (text === undefined) return undefined;
    const cached = this.files.get(absPath);
    if (cached?.text === text) return cached.file;
    const file = parseChartValues([{ uri: this.valuesUri(absPath), text }]).files[0]!;
    this.files.set(absPath, { text, file });
    return file;
  }

  private valuesPathOf(root: string, read: TextReader = this.read): string | undefined {
    return VALUES_NAMES.map((n) => join(root, n)).find((p) => this.text(p, read) !== undefined);
  }

  /** Chart.yaml state, refreshed from the reader (a changed text is parsed again). */
  private state(root: string): ChartState {
    let state = this.charts.get(root);
    if (!state) {
      state = { chartText: undefined, chart: undefined, usageKey: undefined, usage: undefined };
      this.charts.set(root, state);
    }
    const chartText = this.chartText(root);
    if (chartText !== state.chartText) {
      state.chartText = chartText;
      state.chart = chartText === undefined ? undefined : chartMetadata(chartText);
    }
    return state;
  }

  private chartText(root: string): string | undefined {
    for (const name of CHART_NAMES) {
      const text = this.text(join(root, name));
      if (text !== undefined) return text;
    }
    return undefined;
  }

  /** The parent chart of a subchart (`<parent>/charts/<dir>`), and the key its values sit under there. */
  private parentOf(root: string): { root: string; key: string } | undefined {
    const charts = dirname(root);
    if (basename(charts) !== 'charts') return undefined;
    const parent = dirname(charts);
    const parentChart = this.chartText(parent);
    if (parentChart === undefined) return undefined;
    const name = this.state(root).chart?.name ?? basename(root);
    const dep = chartDependencies(parentChart).find((d) => d.name === name);
    return { root: parent, key: dep?.alias ?? name };
  }

  /** Values files the chart's templates are evaluated against, lowest first (see the header). */
  private stackOf(root: string, depth = 0): ValuesFile[] {
    const valuesPath = this.valuesPathOf(root);
    const own = valuesPath ? this.valuesFile(valuesPath) : undefined;
    const parent = depth < MAX_SUBCHART_DEPTH ? this.parentOf(root) : undefined;
    const above = parent ? this.stackOf(parent.root, depth + 1).flatMap((f) => scopedValuesFile(f, parent.key) ?? []) : [];
    return [...(own ? [own] : []), ...above];
  }

  /** The chart's values as its templates see them now (e.g. to compare with an earlier parse). */
  valuesOf(root: string): ChartValues | undefined {
    const files = this.stackOf(root);
    return files.length > 0 ? { files } : undefined;
  }

  /** Chart templates (every file under templates/), for usage tracking. */
  templatesOf(root: string, read: TextReader = this.usageRead): ChartTemplate[] {
    const out: ChartTemplate[] = [];
    const walk = (dir: string, rel: string) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (out.length >= MAX_TEMPLATE_FILES) return;
        if (e.isDirectory()) walk(join(dir, e.name), `${rel}/${e.name}`);
        else if (e.isFile()) {
          const text = this.text(join(dir, e.name), read);
          if (text !== undefined) out.push({ chartRelativePath: `${rel}/${e.name}`, text });
        }
      }
    };
    walk(join(root, 'templates'), 'templates');
    return out;
  }

  /** Subcharts under `charts/` (unpacked, with a Chart.yaml), with their key path from this chart. */
  subchartsOf(root: string, depth = 0): { root: string; scope: string[] }[] {
    if (depth >= MAX_SUBCHART_DEPTH) return [];
    let entries;
    try {
      entries = readdirSync(join(root, 'charts'), { withFileTypes: true });
    } catch {
      return [];
    }
    const out: { root: string; scope: string[] }[] = [];
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const sub = join(root, 'charts', e.name);
      const parent = this.chartText(sub) !== undefined ? this.parentOf(sub) : undefined;
      if (!parent) continue;
      out.push({ root: sub, scope: [parent.key] });
      for (const deeper of this.subchartsOf(sub, depth + 1)) out.push({ root: deeper.root, scope: [parent.key, ...deeper.scope] });
    }
    return out;
  }

  /** Overlays chosen explicitly for a chart, in order (empty: none chosen there). */
  private chosenOverlays(root: string): string[] {
    return (this.overlays ?? []).filter((p) => dirname(p) === root);
  }

  /**
   * The templates an overlay is evaluated with: the chart's and its subcharts', each with a values
   * stack holding the overlay; undefined when the overlay is not evaluated with templates.
   */
  overlayTemplates(absPath: string, root: string): OverlayTemplate[] | undefined {
    const chosen = this.chosenOverlays(root);
    if (chosen.length > 0 && !chosen.includes(absPath)) return undefined;
    const valuesPath = this.valuesPathOf(root);
    const base = valuesPath ? this.valuesFile(valuesPath) : undefined;
    const overlay = this.valuesFile(absPath);
    if (!base || !overlay) return undefined;
    // An overlay is passed at install time (`helm -f`): the chart is the top-level chart here, so
    // its own parents play no part; its subcharts see the overlay under their key.
    const stack = (chosen.length > 0 ? chosen.map((p) => (p === absPath ? overlay : this.valuesFile(p))) : [overlay]).filter((f): f is ValuesFile => f !== undefined);
    const files = [base, ...stack];
    const out: OverlayTemplate[] = [];
    const add = (chartRoot: string, values: ChartValues, scope: string[]) => {
      const chart = this.state(chartRoot).chart;
      for (const t of this.templatesOf(chartRoot, this.read)) {
        const template: OverlayTemplate = { uri: this.valuesUri(join(chartRoot, t.chartRelativePath)), chartRelativePath: t.chartRelativePath, text: t.text, values, scope };
        if (chart) template.chart = chart;
        out.push(template);
      }
    };
    add(root, { files }, []);
    for (const sub of this.subchartsOf(root)) {
      const subValues = this.valuesPathOf(sub.root);
      const own = subValues ? this.valuesFile(subValues) : undefined;
      const scoped = files.flatMap((f) => {
        let view: ValuesFile | undefined = f;
        for (const key of sub.scope) view = view ? scopedValuesFile(view, key) : undefined;
        return view ?? [];
      });
      add(sub.root, { files: [...(own ? [own] : []), ...scoped] }, sub.scope);
    }
    return out.some((t) => /\.ya?ml$/i.test(t.chartRelativePath)) ? out : undefined;
  }

  /** The engine's Helm context for a file of a chart (templates get values, values files get usage). */
  contextFor(absPath: string, helm: HelmContext | undefined): HelmLintContext | undefined {
    if (!helm) return undefined;
    const root = chartRootOf(absPath, helm);
    const state = this.state(root);
    const rel = helm.chartRelativePath;
    const context: HelmLintContext = { chartRelativePath: rel };
    if (state.chart) context.chart = state.chart;
    if (rel.startsWith('templates/')) {
      const values = this.valuesOf(root);
      if (values) context.values = values;
      return context;
    }
    if (!rel.includes('/') && /^values.*\.ya?ml$/i.test(rel)) {
      if (isOverlayName(rel)) {
        const templates = this.overlayTemplates(absPath, root);
        if (templates) {
          context.overlayTemplates = templates;
          context.overlayBaseline = this.overlayBaseline;
        }
      }
      const usage = this.usageOf(root, state);
      if (usage) context.usage = usage;
    }
    return context;
  }

  /**
   * What the chart's templates (and its subcharts', under their keys) do with values.yaml,
   * computed again only when values.yaml or a template changed. Without templates (a values-only
   * folder, an overlay of a remote chart) nothing is reconciled.
   */
  private usageOf(root: string, state: ChartState): ValuesUsage | undefined {
    const valuesPath = this.valuesPathOf(root, this.usageRead);
    const valuesText = valuesPath ? this.text(valuesPath, this.usageRead) : undefined;
    if (valuesText === undefined || !valuesPath) return undefined;
    const charts = [{ root, scope: [] as string[] }, ...this.subchartsOf(root)].map((c) => ({ ...c, templates: this.templatesOf(c.root) }));
    if (!charts.some((c) => c.templates.some((t) => /\.ya?ml$/i.test(t.chartRelativePath)))) return undefined;
    const key = [valuesText, ...charts.flatMap((c) => [c.root, ...c.templates.flatMap((t) => [t.chartRelativePath, t.text])])];
    if (!state.usageKey || key.length !== state.usageKey.length || key.some((k, i) => k !== state.usageKey![i])) {
      state.usageKey = key;
      const values = this.valuesFile(valuesPath, this.usageRead)!;
      const referenced = new Set<string>();
      const rendered = new Set<string>();
      const interpolated = new Set<string>();
      for (const c of charts) {
        // A subchart's `.Values.x` is this file's `<key>.x`, and its `.Values.global` this file's `global`.
        const scoped = c.scope.reduce<ValuesFile | undefined>((f, k) => (f ? scopedValuesFile(f, k) : undefined), values);
        const own = c.scope.length > 0 ? this.valuesPathOf(c.root) : undefined;
        const ownFile = own ? this.valuesFile(own) : undefined;
        const files = c.scope.length === 0 ? [values] : [...(ownFile ? [ownFile] : []), ...(scoped ? [scoped] : [])];
        const u = valuesUsage(c.templates, { files }, this.state(c.root).chart);
        const inParent = (p: string) => (c.scope.length === 0 || p === 'global' || p.startsWith('global.') ? p : [...c.scope, ...(p === '' ? [] : [p])].join('.'));
        for (const p of u.referenced) referenced.add(inParent(p));
        for (const p of u.rendered) rendered.add(inParent(p));
        for (const p of u.interpolated ?? []) interpolated.add(inParent(p));
      }
      state.usage = { referenced, rendered, interpolated };
    }
    return state.usage;
  }
}

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
import { readdirSync, type Dirent } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { HelmContext } from '../engine/classify';
import { chartDependencies, chartMetadata, type ChartDependency, type HelmLintContext } from '../engine/helm/template';
import { valuesUsage, type ChartTemplate } from '../engine/helm/chart-usage';
import type { OverlayBaselineCache, OverlayTemplate } from '../engine/helm/overlay';
import type { ValuesUsage } from '../engine/helm/usage';
import { parseChartValues, pathInParent, scopedView, type ChartValues, type ValuesFile } from '../engine/helm/values';
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
  /** Chart.yaml's dependencies, parsed with `chart` (a subchart's key is its dependency's alias). */
  dependencies: ChartDependency[];
  /** Subcharts under charts/, listed once (forgotten when a Chart.yaml or the file system changes). */
  subcharts: Subchart[] | undefined;
  /** Files under templates/ (chart-relative paths), listed once (forgotten when the file system changes). */
  templatePaths: string[] | undefined;
  /** The texts usage was computed from (values text, then per chart its root, scope, Chart.yaml, values and templates). */
  usageKey: string[] | undefined;
  usage: ValuesUsage | undefined;
}

/** A subchart of a chart, with its key path from that chart's values. */
export interface Subchart {
  root: string;
  scope: string[];
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
  /**
   * Parsed values files by reader and path, reused while their text is unchanged. One cache per
   * reader: the server's editor text and disk text of a dirty file would evict each other otherwise.
   */
  private readonly files = new Map<TextReader, Map<string, { text: string; file: ValuesFile }>>();
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
    let mine = this.files.get(read);
    if (!mine) {
      mine = new Map();
      this.files.set(read, mine);
    }
    const cached = mine.get(absPath);
    if (cached?.text === text) return cached.file;
    // A saved file reads the same from the editor and the disk: one parse serves both.
    for (const [reader, other] of this.files) {
      const same = reader !== read ? other.get(absPath) : undefined;
      if (same?.text === text) {
        mine.set(absPath, same);
        return same.file;
      }
    }
    const file = parseChartValues([{ uri: this.valuesUri(absPath), text }]).files[0]!;
    mine.set(absPath, { text, file });
    return file;
  }

  /**
   * Files were created, deleted or changed on disk (the server's watched-file events): the chart
   * and template listings are made again on next use. Texts are read afresh on every use anyway.
   */
  filesChanged(): void {
    for (const state of this.charts.values()) {
      state.subcharts = undefined;
      state.templatePaths = undefined;
    }
  }

  private valuesPathOf(root: string, read: TextReader = this.read): string | undefined {
    return VALUES_NAMES.map((n) => join(root, n)).find((p) => this.text(p, read) !== undefined);
  }

  /** Chart.yaml state, refreshed from the reader (a changed text is parsed again). */
  private state(root: string): ChartState {
    let state = this.charts.get(root);
    if (!state) {
      state = { chartText: undefined, chart: undefined, dependencies: [], subcharts: undefined, templatePaths: undefined, usageKey: undefined, usage: undefined };
      this.charts.set(root, state);
    }
    const chartText = this.chartText(root);
    if (chartText !== state.chartText) {
      state.chartText = chartText;
      state.chart = chartText === undefined ? undefined : chartMetadata(chartText);
      state.dependencies = chartText === undefined ? [] : chartDependencies(chartText);
      // A chart's name and dependencies decide its parent's subchart keys, up the tree.
      for (const other of this.charts.values()) other.subcharts = undefined;
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
    const parentState = this.state(parent);
    if (parentState.chartText === undefined) return undefined;
    const name = this.state(root).chart?.name ?? basename(root);
    const dep = parentState.dependencies.find((d) => d.name === name);
    return { root: parent, key: dep?.alias ?? name };
  }

  /** Values files the chart's templates are evaluated against, lowest first (see the header). */
  private stackOf(root: string, depth = 0): ValuesFile[] {
    const valuesPath = this.valuesPathOf(root);
    const own = valuesPath ? this.valuesFile(valuesPath) : undefined;
    const parent = depth < MAX_SUBCHART_DEPTH ? this.parentOf(root) : undefined;
    const above = parent ? this.stackOf(parent.root, depth + 1).flatMap((f) => scopedView(f, [parent.key]) ?? []) : [];
    return [...(own ? [own] : []), ...above];
  }

  /** The chart's values as its templates see them now (e.g. to compare with an earlier parse). */
  valuesOf(root: string): ChartValues | undefined {
    const files = this.stackOf(root);
    return files.length > 0 ? { files } : undefined;
  }

  /** Chart templates (every file under templates/), for usage tracking. */
  templatesOf(root: string, read: TextReader = this.usageRead): ChartTemplate[] {
    const state = this.state(root);
    state.templatePaths ??= listTemplates(root);
    const out: ChartTemplate[] = [];
    for (const rel of state.templatePaths) {
      const text = this.text(join(root, rel), read);
      if (text !== undefined) out.push({ chartRelativePath: rel, text });
    }
    return out;
  }

  /** Subcharts under `charts/` (unpacked, with a Chart.yaml), with their key path from this chart. */
  subchartsOf(root: string, depth = 0): Subchart[] {
    if (depth >= MAX_SUBCHART_DEPTH) return [];
    const state = this.state(root);
    if (state.subcharts) return state.subcharts;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, 'charts'), { withFileTypes: true });
    } catch {
      entries = [];
    }
    const out: Subchart[] = [];
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const sub = join(root, 'charts', e.name);
      const parent = this.chartText(sub) !== undefined ? this.parentOf(sub) : undefined;
      if (!parent) continue;
      out.push({ root: sub, scope: [parent.key] });
      for (const deeper of this.subchartsOf(sub, depth + 1)) out.push({ root: deeper.root, scope: [parent.key, ...deeper.scope] });
    }
    // Listed at depth 0 only: a nested chart's list is cut at the depth it was reached from.
    if (depth === 0) state.subcharts = out;
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
      // Views are memoised per file (values.ts): the same objects every keystroke, so the overlay
      // baseline of a subchart template (keyed by them) is kept.
      const scoped = files.flatMap((f) => scopedView(f, sub.scope) ?? []);
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
    // One reader throughout (the disk, in the server): usage changes on save, not per keystroke.
    const read = this.usageRead;
    const valuesPath = this.valuesPathOf(root, read);
    const valuesText = valuesPath ? this.text(valuesPath, read) : undefined;
    if (valuesText === undefined || !valuesPath) return undefined;
    const charts = [{ root, scope: [] as string[] }, ...this.subchartsOf(root)].map((c) => {
      const own = c.scope.length > 0 ? this.valuesPathOf(c.root, read) : undefined;
      return { ...c, own, ownText: own ? this.text(own, read) : undefined, chart: this.state(c.root).chart, templates: this.templatesOf(c.root, read) };
    });
    if (!charts.some((c) => c.templates.some((t) => /\.ya?ml$/i.test(t.chartRelativePath)))) return undefined;
    const key = [
      valuesText,
      ...charts.flatMap((c) => [c.root, c.scope.join('.'), JSON.stringify(c.chart ?? null), c.ownText ?? '\0', ...c.templates.flatMap((t) => [t.chartRelativePath, t.text]), '\0'])
    ];
    if (!state.usageKey || key.length !== state.usageKey.length || key.some((k, i) => k !== state.usageKey![i])) {
      state.usageKey = key;
      const values = this.valuesFile(valuesPath, read)!;
      const referenced = new Set<string>();
      const rendered = new Set<string>();
      const interpolated = new Set<string>();
      for (const c of charts) {
        // A subchart's `.Values.x` is this file's `<key>.x`, and its `.Values.global` this file's `global`.
        const scoped = scopedView(values, c.scope);
        const ownFile = c.own ? this.valuesFile(c.own, read) : undefined;
        const files = c.scope.length === 0 ? [values] : [...(ownFile ? [ownFile] : []), ...(scoped ? [scoped] : [])];
        const u = valuesUsage(c.templates, { files }, c.chart);
        for (const p of u.referenced) referenced.add(pathInParent(c.scope, p));
        for (const p of u.rendered) rendered.add(pathInParent(c.scope, p));
        for (const p of u.interpolated ?? []) interpolated.add(pathInParent(c.scope, p));
      }
      state.usage = { referenced, rendered, interpolated };
    }
    return state.usage;
  }
}

/** Files under a chart's templates/ folder, as chart-relative paths. */
function listTemplates(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length >= MAX_TEMPLATE_FILES) return;
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}/${e.name}`);
      else if (e.isFile()) out.push(`${rel}/${e.name}`);
    }
  };
  walk(join(root, 'templates'), 'templates');
  return out;
}

/**
 * Helm chart context for the engine, read from disk (or the caller's override, e.g. unsaved editor
 * text): a chart's values.yaml (parsed once per text), its Chart.yaml fields and, for values files,
 * what its templates use (HV/template reconciliation, engine/helm/usage.ts). Used by the CLI scan and
 * the language server, so both evaluate templates against the same values.
 *
 * Subcharts under `charts/` are charts of their own (their files' chart root is the nearest folder
 * with a Chart.yaml), evaluated against their own values.yaml.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HelmContext } from '../engine/classify';
import type { HelmLintContext } from '../engine/helm/template';
import { chartMetadata } from '../engine/helm/template';
import { valuesUsage, type ChartTemplate } from '../engine/helm/chart-usage';
import type { ValuesUsage } from '../engine/helm/usage';
import { parseChartValues, type ChartValues } from '../engine/helm/values';
import type { ChartMetadata } from '../engine/helm/render';

/** Reads a file's text (undefined when missing or unreadable). */
export type TextReader = (absPath: string) => string | undefined;

const VALUES_NAMES = ['values.yaml', 'values.yml'];
const CHART_NAMES = ['Chart.yaml', 'Chart.yml'];
/** Template folders deeper than this are not listed (a runaway symlink loop, a vendored tree). */
const MAX_TEMPLATE_FILES = 2000;

interface ChartState {
  valuesPath: string | undefined;
  valuesText: string | undefined;
  values: ChartValues | undefined;
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

  /**
   * @param read      file reader (disk, or the editor's open text first)
   * @param valuesUri how the engine names a values file in findings (the scan's display path, the server's key)
   * @param usageRead reader for what the templates use (the server passes the disk: usage lints every
   *                  template of the chart, too much work for every keystroke, and changes on save)
   */
  constructor(
    private readonly read: TextReader,
    private readonly valuesUri: (absPath: string) => string,
    private readonly usageRead: TextReader = read,
  ) {}

  /**
   * The chart's state, refreshed from the reader: a values file or Chart.yaml whose text changed is
   * parsed again, an unchanged one is reused (so callers need no invalidation).
   */
  private state(root: string): ChartState {
    let state = this.charts.get(root);
    if (!state) {
      state = { valuesPath: undefined, valuesText: undefined, values: undefined, chartText: undefined, chart: undefined, usageKey: undefined, usage: undefined };
      this.charts.set(root, state);
    }
    let valuesPath: string | undefined;
    let valuesText: string | undefined;
    for (const name of VALUES_NAMES) {
      valuesText = this.read(join(root, name));
      if (valuesText !== undefined) {
        valuesPath = join(root, name);
        break;
      }
    }
    if (valuesText !== state.valuesText || valuesPath !== state.valuesPath) {
      state.valuesPath = valuesPath;
      state.valuesText = valuesText;
      state.values = valuesPath !== undefined && valuesText !== undefined ? parseChartValues([{ uri: this.valuesUri(valuesPath), text: valuesText }]) : undefined;
    }
    let chartText: string | undefined;
    for (const name of CHART_NAMES) {
      chartText = this.read(join(root, name));
      if (chartText !== undefined) break;
    }
    if (chartText !== state.chartText) {
      state.chartText = chartText;
      state.chart = chartText === undefined ? undefined : chartMetadata(chartText);
    }
    return state;
  }

  /** The chart's values as parsed now (e.g. to compare with an earlier parse). */
  valuesOf(root: string): ChartValues | undefined {
    return this.state(root).values;
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
          const text = read(join(dir, e.name));
          if (text !== undefined) out.push({ chartRelativePath: `${rel}/${e.name}`, text });
        }
      }
    };
    walk(join(root, 'templates'), 'templates');
    return out;
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
      if (state.values) context.values = state.values;
      return context;
    }
    if (!rel.includes('/') && /^values.*\.ya?ml$/i.test(rel)) {
      // Usage is judged against the chart's values.yaml (overlays are evaluated on their own), and
      // computed again only when that file or a template changed.
      const valuesText = state.valuesPath ? this.usageRead(state.valuesPath) : undefined;
      const templates = valuesText !== undefined ? this.templatesOf(root) : [];
      // Without templates (a values-only folder, an overlay of a remote chart) nothing is reconciled.
      if (valuesText !== undefined && state.valuesPath && templates.some((t) => /\.ya?ml$/i.test(t.chartRelativePath))) {
        const key = [valuesText, ...templates.flatMap((t) => [t.chartRelativePath, t.text])];
        if (!state.usageKey || key.length !== state.usageKey.length || key.some((k, i) => k !== state.usageKey![i])) {
          state.usageKey = key;
          const values = valuesText === state.valuesText && state.values ? state.values : parseChartValues([{ uri: this.valuesUri(state.valuesPath), text: valuesText }]);
          state.usage = valuesUsage(templates, values, state.chart);
        }
        if (state.usage) context.usage = state.usage;
      }
    }
    return context;
  }
}

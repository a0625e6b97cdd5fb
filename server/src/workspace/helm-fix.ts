/**
 * `--fix` for values-side fixes: a template finding whose value comes from values.yaml carries its
 * fix as edits to values.yaml (`Fix.fileEdits`). They are applied to the values text the way
 * fix-loop.ts applies a file's own fixes (safe fixes only, non-overlapping per pass, until stable),
 * re-evaluating the templates after every pass, and kept only if the values file still parses as
 * cleanly as before.
 */
import { applyFixes } from '../engine/fixes';
import { LineIndex } from '../engine/positions';
import type { Finding, Fix } from '../engine/types';
import { parseYaml } from '../engine/yaml';
import { MAX_FIX_PASSES } from './fix-loop';
import type { HelmCharts } from './helm-charts';

export interface ValuesFixResult {
  text: string;
  /** Titles of the fixes applied, each with the template that asked for it. */
  applied: string[];
  warning?: string;
}

/** The values-file fixes among a template's findings, as fixes of the values text. */
export function valuesFixes(findings: readonly Finding[], valuesUri: string, templatePath: string): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) {
    // A fix that also edits the template is applied with the template's own fixes, never split.
    if (!f.fix || f.fix.edits.length > 0 || !f.fix.fileEdits || f.fix.fileEdits.length !== 1) continue;
    const target = f.fix.fileEdits[0]!;
    if (target.uri !== valuesUri || target.edits.length === 0) continue;
    out.push({ title: `${f.fix.title} (for ${f.ruleId} in ${templatePath})`, edits: target.edits });
  }
  return out;
}

function problems(text: string): number {
  return parseYaml(text, new LineIndex(text)).problems.length;
}

/**
 * Applies values-side fixes until no template asks for one. `lintTemplates` lints the chart's
 * templates against a values text and returns the fixes for the values file.
 */
export function fixValuesFromTemplates(text: string, lintTemplates: (valuesText: string) => Fix[]): ValuesFixResult {
  const before = problems(text);
  const applied: string[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = lintTemplates(current);
    if (fixes.length === 0) return { text: current, applied };
    let next: { text: string; applied: Fix[] };
    try {
      next = applyFixes(current, fixes);
    } catch (error) {
      return { text: current, applied, warning: `stopped fixing: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (next.text === current) return { text: current, applied };
    if (problems(next.text) > before) return { text: current, applied, warning: 'stopped fixing: a values fix would not parse' };
    applied.push(...next.applied.map((f) => f.title));
    current = next.text;
  }
  return { text: current, applied, warning: 'fixes did not settle after the maximum number of passes' };
}

/** A template of the chart a values fix pass lints again: `label` names it in fix titles. */
export interface ValuesFixTemplate {
  label: string;
  /** Lints it against the chart's values as they read now (with the text being fixed). */
  lint: () => readonly Finding[];
}

/** A chart root and its subcharts' roots: the charts whose templates a chart's values.yaml sets. */
export function chartAndSubchartRoots(charts: Pick<HelmCharts, 'subchartsOf'>, root: string): string[] {
  return [root, ...charts.subchartsOf(root).map((s) => s.root)];
}

/**
 * `fixValuesFromTemplates` for a chart's values.yaml (the CLI's `--fix` and the editor's fix-all):
 * every pass lints the templates with the values text being fixed in place of the file's
 * (`HelmCharts.override`, undone afterwards) and applies their fixes for that file.
 */
export function fixChartValues(charts: Pick<HelmCharts, 'override'>, values: { absPath: string; uri: string; text: string }, templates: readonly ValuesFixTemplate[]): ValuesFixResult {
  return fixValuesFromTemplates(values.text, (valuesText) => {
    charts.override(values.absPath, valuesText);
    try {
      return templates.flatMap((t) => valuesFixes(t.lint(), values.uri, t.label));
    } finally {
      charts.override(values.absPath, undefined);
    }
  });
}

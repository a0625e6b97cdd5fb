/**
 * What a chart's templates do with its values (usage.ts explains what it is used for): every YAML
 * template is linted once against the chart's values.yaml with the default configuration, which
 * tells which values keys are rendered into objects the Kubernetes rules judged, and which were
 * rendered where a rule could not conclude (it read unknown content). Pure: the caller passes the
 * texts; it caches the result (a chart's templates change far less often than they are linted).
 */
import { resolveConfig } from '../config';
import { lintParsed, parseDocument } from '../lint';
import type { ChartMetadata } from './render';
import { judgedPaths, referencedPaths, type ValuesUsage } from './usage';
import type { ChartValues } from './values';

export interface ChartTemplate {
  /** Path relative to the chart root, e.g. `templates/deployment.yaml`. */
  chartRelativePath: string;
  text: string;
}

export function valuesUsage(templates: readonly ChartTemplate[], values: ChartValues, chart?: ChartMetadata): ValuesUsage {
  const referenced = new Set<string>();
  const rendered = new Set<string>();
  const interpolated = new Set<string>();
  // Every rule runs (the strict profile), whatever profile the caller lints with: a key a strict
  // template rule reports (K8S023 on `image.pullPolicy`) is judged there, and its strict HV
  // counterpart (HV013) must not repeat it; under the recommended profile neither runs.
  const config = resolveConfig({ profile: 'strict' });
  for (const t of templates) {
    for (const p of referencedPaths(t.text)) referenced.add(p);
    if (!/\.ya?ml$/i.test(t.chartRelativePath)) continue;
    const helm = { chartRelativePath: t.chartRelativePath, values, ...(chart ? { chart } : {}) };
    const input = { uri: t.chartRelativePath, text: t.text };
    const parsed = parseDocument(input, helm);
    const analysis = parsed.template;
    if (!analysis || parsed.objects.length === 0) continue;
    for (const p of judgedPaths(analysis, lintParsed(input, parsed, config, { helm }))) rendered.add(p);
    for (const p of analysis.interpolated) interpolated.add(p);
  }
  return { referenced, rendered, interpolated };
}

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
import { referencedPaths, type ValuesUsage } from './usage';
import type { ChartValues } from './values';

export interface ChartTemplate {
  /** Path relative to the chart root, e.g. `templates/deployment.yaml`. */
  chartRelativePath: string;
  text: string;
}

function inside(offset: number, span: readonly [number, number]): boolean {
  return offset >= span[0] && offset < span[1];
}

export function valuesUsage(templates: readonly ChartTemplate[], values: ChartValues, chart?: ChartMetadata): ValuesUsage {
  const referenced = new Set<string>();
  const rendered = new Set<string>();
  const config = resolveConfig();
  for (const t of templates) {
    for (const p of referencedPaths(t.text)) referenced.add(p);
    if (!/\.ya?ml$/i.test(t.chartRelativePath)) continue;
    const helm = { chartRelativePath: t.chartRelativePath, values, ...(chart ? { chart } : {}) };
    const input = { uri: t.chartRelativePath, text: t.text };
    const parsed = parseDocument(input, helm);
    const analysis = parsed.template;
    if (!analysis || parsed.objects.length === 0) continue;
    const result = lintParsed(input, parsed, config, { helm });
    // A graft is judged when no rule gave up on its map, or when a reported finding points at it.
    const inconclusive = analysis.dropped.flatMap((d) => (d.subject && d.reason !== 'values text' ? [d.subject] : []));
    const pointedAt: number[] = [];
    for (const f of [...result.findings, ...result.suppressed]) {
      for (const r of f.related ?? []) {
        for (const region of analysis.regions) {
          if (region.file.uri !== r.uri) continue;
          const at = region.file.lines.offsetAt(r.range.start) - region.fileStart;
          if (at >= 0 && at <= region.end - region.start) pointedAt.push(region.start + at);
        }
      }
    }
    for (const g of analysis.grafts) {
      const judged = !inconclusive.some((span) => inside(g.site[0], span)) || pointedAt.some((o) => inside(o, g.span) || (g.keySpan !== undefined && inside(o, g.keySpan)));
      if (judged) rendered.add(g.path.join('.'));
    }
  }
  return { referenced, rendered };
}

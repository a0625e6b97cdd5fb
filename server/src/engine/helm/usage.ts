/**
 * Which values a chart's templates use, and how HV (values-side) findings are reconciled with the
 * template findings when the templates are known.
 *
 * The choice: one problem, one finding.
 * - A values key no template (or helper) reads is not deployed by the chart: no HV finding on it.
 * - A values key a template renders into a Kubernetes object is judged there, by the Kubernetes
 *   rules, with the full object in view (pod -> container inheritance, the container's name): that
 *   finding is reported on the template line, points at the values key as related information, and
 *   its fix edits values.yaml. The HV finding on the same key would say the same thing a second
 *   time, less precisely, so it is dropped from values.yaml.
 * - HV findings stay for keys templates read in ways soc2lint cannot follow (passed to a chart
 *   helper, used in a condition such as `networkPolicy.enabled`), and for values files linted
 *   without their chart's templates.
 * - An overlay (`values-<env>.yaml`) evaluated with the templates (overlay.ts) is reconciled the same
 *   way, against what the templates did with the overlay on top of values.yaml; an overlay linted
 *   without that evaluation (not chosen with `scan --values`) keeps its rendered keys: its own
 *   settings are judged in it, by the HV rules.
 * - A literal secret (HV004) always stays: the file exposes it in the repository whether or not a
 *   template uses the key, and it is fixed where it is written.
 */
import type { LineIndex } from '../positions';
import type { Finding, LintResult } from '../types';
import type { TemplateAnalysis } from './template';
import { pathAt, type YamlFile } from '../yaml';

export interface ValuesUsage {
  /** Dotted values paths some template or helper reads (`a.b`; list positions are not tracked). */
  referenced: ReadonlySet<string>;
  /**
   * Dotted values paths a template renders into an object part some Kubernetes rule read and judged
   * to the end: not where no rule looks (a custom resource's spec), nor where a rule's conclusion was
   * dropped because it read content soc2lint could not evaluate (see chart-usage.ts); there the
   * values-side view is all there is.
   */
  rendered: ReadonlySet<string>;
  /**
   * Dotted values paths a template interpolates into a string it builds (`image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"`).
   * A rule on the built string cannot say which key to change, so the values rules judge these keys
   * (the image rules leave such strings to them: see `valuesImageBuilding`), even where another
   * template renders the same key whole.
   */
  interpolated?: ReadonlySet<string>;
}

const VALUES_REF = /\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)/g;
const INDEX_REF = /index\s+(?:\$|\.)?\.?Values((?:\s+"[^"]+")+)/g;

/** Values paths a template text mentions (textual: every branch and every define counts). */
export function referencedPaths(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(VALUES_REF)) out.add(m[1]!.slice(1));
  for (const m of text.matchAll(INDEX_REF)) out.add([...m[1]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]).join('.'));
  return out;
}

/** Key path (list positions dropped) of the innermost pair at `offset`. */
export function keyPathAt(yaml: YamlFile, offset: number): string[] {
  return pathAt(yaml.docs[0]?.contents, offset).filter((p): p is string => typeof p === 'string');
}

/** HV rules about what the file itself exposes, not about what the chart deploys. */
const COMMITTED_CONTENT_RULES = new Set(['HV004']);

function covers(prefix: string, path: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}.`);
}

/**
 * Applies the reconciliation above to a values file's findings (only HV findings are touched).
 * `isOverlay`: the file is an overlay the templates were not evaluated with (its rendered keys stay).
 */
export function reconcileValuesFindings(findings: Finding[], yaml: YamlFile, lines: LineIndex, usage: ValuesUsage, isOverlay = false): Finding[] {
  return findings.filter((f) => {
    if (!f.ruleId.startsWith('HV') || COMMITTED_CONTENT_RULES.has(f.ruleId)) return true;
    const path = keyPathAt(yaml, lines.offsetAt(f.range.start)).join('.');
    if (path === '') return true;
    const used = [...usage.referenced].some((r) => covers(r, path) || covers(path, r));
    if (!used) return false;
    if (isOverlay || usage.interpolated?.has(path)) return true;
    return ![...usage.rendered].some((r) => covers(r, path));
  });
}

function inside(offset: number, span: readonly [number, number]): boolean {
  return offset >= span[0] && offset < span[1];
}

/**
 * Values paths a linted template rendered into objects the Kubernetes rules judged: a graft is
 * judged when a reported finding points at it, or when a rule read it (see ../template-output.ts)
 * and no rule gave up on its map. Rendered is not judged: a value printed into a part of an object
 * no rule evaluates (`imagePullPolicy` of a Prometheus custom resource, which no rule knows) was
 * seen by nobody, and its HV finding is all there is.
 */
export function judgedPaths(analysis: TemplateAnalysis, result: LintResult): string[] {
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
  const out: string[] = [];
  for (const g of analysis.grafts) {
    const read = analysis.graftReads.offsets.some((o) => inside(o, g.span));
    const judged = (read && !inconclusive.some((span) => inside(g.site[0], span))) || pointedAt.some((o) => inside(o, g.span) || (g.keySpan !== undefined && inside(o, g.keySpan)));
    if (judged) out.push(g.path.join('.'));
  }
  return out;
}

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
 *   helper, used in a condition such as `networkPolicy.enabled`), for values files linted without
 *   their chart's templates, and for overlays (`values-<env>.yaml`): templates are evaluated against
 *   values.yaml, so an overlay's own settings are judged in the overlay.
 * - A literal secret (HV004) always stays: the file exposes it in the repository whether or not a
 *   template uses the key, and it is fixed where it is written.
 */
import type { LineIndex } from '../positions';
import type { Finding } from '../types';
import { pathAt, type YamlFile } from '../yaml';

export interface ValuesUsage {
  /** Dotted values paths some template or helper reads (`a.b`; list positions are not tracked). */
  referenced: ReadonlySet<string>;
  /**
   * Dotted values paths a template renders into an object the Kubernetes rules judged to the end:
   * not where a rule's conclusion was dropped because it read content soc2lint could not evaluate
   * (see chart-usage.ts); there the values-side view is all there is.
   */
  rendered: ReadonlySet<string>;
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
 * `isOverlay`: the file is a `values-<env>.yaml` overlay, which templates were not evaluated with.
 */
export function reconcileValuesFindings(findings: Finding[], yaml: YamlFile, lines: LineIndex, usage: ValuesUsage, isOverlay = false): Finding[] {
  return findings.filter((f) => {
    if (!f.ruleId.startsWith('HV') || COMMITTED_CONTENT_RULES.has(f.ruleId)) return true;
    const path = keyPathAt(yaml, lines.offsetAt(f.range.start)).join('.');
    if (path === '') return true;
    const used = [...usage.referenced].some((r) => covers(r, path) || covers(path, r));
    if (!used) return false;
    if (isOverlay) return true;
    return ![...usage.rendered].some((r) => covers(r, path));
  });
}

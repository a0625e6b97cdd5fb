/**
 * What a Helm template action printed into the rendered model (helm/graft.ts), told apart from the
 * template's own literal text. Plain manifests never hold such nodes.
 *
 * - `values`: a clone of a values file's node (`{{ .Values.x }}`, `toYaml .Values.x`); every node
 *   of the cloned subtree carries the mark, with the analysis' read log: a read of it through
 *   `getPair` (yaml.ts) is noted there, which tells the Helm support which grafted values a
 *   Kubernetes rule actually evaluated (helm/usage.ts).
 * - `built`: a string joined from text and actions (`image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"`),
 *   with the values nodes it was built from.
 * - `literal`: a literal an action computed (`{{ "x" }}`, `default "y"`, `.Chart.AppVersion`).
 * Unknown content (unknown.ts) is template output too.
 */
import * as nodes from './yaml-nodes';
import type { ValuesFile } from './helm/values';
import { isUnknown } from './unknown';

// Bound once: a call through a module namespace is a getter call in bundles and under tsx (yaml-nodes.ts).
const { isMap, isPair, isSeq } = nodes;

/** Virtual-text offsets of the grafted values nodes rules read (one log per template analysis). */
export class GraftReadLog {
  offsets: number[] = [];
}

/** A values node a built string took a part from. */
export interface ValuesPart {
  file: ValuesFile;
  node: unknown;
  /** Values path of the node as the template reads it (`image.repository`), the same in every layer. */
  path: readonly string[];
}

export type TemplateOutput =
  | { from: 'values'; reads: GraftReadLog }
  | { from: 'built'; parts: readonly ValuesPart[] }
  | { from: 'literal' };

const OUTPUT = Symbol('printed by a template action');

type Marked = { [OUTPUT]?: TemplateOutput };

/** Marks a node as printed by an action; `values` marks the whole subtree (keys and values). */
export function markTemplateOutput(node: unknown, output: TemplateOutput): void {
  if (node == null || typeof node !== 'object') return;
  (node as Marked)[OUTPUT] = output;
  if (output.from !== 'values' || (!isMap(node) && !isSeq(node))) return;
  for (const item of node.items) {
    if (isPair(item)) {
      markTemplateOutput(item.key, output);
      markTemplateOutput(item.value, output);
    } else markTemplateOutput(item, output);
  }
}

/** How an action printed the node, or undefined for template text (and for any plain manifest node). */
export function templateOutputOf(node: unknown): TemplateOutput | undefined {
  return node != null && typeof node === 'object' ? (node as Marked)[OUTPUT] : undefined;
}

/** True when the node is not literal template text: printed by an action, or unknown. */
export function isTemplateOutput(node: unknown): boolean {
  return isUnknown(node) || templateOutputOf(node) !== undefined;
}

/** Notes a rule's read of a grafted values node (called by `getPair`). */
export function noteGraftRead(node: unknown): void {
  const output = templateOutputOf(node);
  if (output?.from !== 'values') return;
  const start = (node as { range?: number[] }).range?.[0];
  if (start !== undefined) output.reads.offsets.push(start);
}

/**
 * Unknown content in a YAML model: parts of a document soc2lint could not evaluate (a Helm template
 * action whose output depends on a helper, `lookup`, the cluster, or a value nobody set). Plain
 * manifests never contain unknowns; Helm templates do (server/src/engine/helm).
 *
 * Rules need no special code for them:
 * - an unknown scalar has no string, number, boolean or null value, so `scalarValue`, `getString`,
 *   `k8sBoolean` never read a value from it, and `isEmptyValue` does not call it unset;
 * - `asMap` of an unknown is an empty *open* map, and `getPair` on an open map answers a key it
 *   does not hold with a pair whose value is unknown, so nothing is ever provably absent from it;
 * - every unknown carries the template span it stands for, and `getPair`/`asMap` note each read
 *   of one in its `UnknownTrace`: the Helm support drops a finding when the rule read an unknown
 *   inside the finding's subject (the map holding the reported node) while checking, since its
 *   conclusion may rest on content nobody knows.
 */
import { Pair, Scalar, YAMLMap } from 'yaml';
import * as nodes from './yaml-nodes';

// Bound once: a call through a module namespace is a getter call in bundles and under tsx (yaml-nodes.ts).
const { isMap, isScalar, isSeq } = nodes;

/** Reads of unknown content, noted while a rule runs (owned by one analysis, reset per rule). */
export class UnknownTrace {
  reads: [number, number][] = [];
}

/** The value of an unknown scalar. */
export class UnknownValue {
  constructor(
    readonly why: string,
    readonly span: [number, number],
    readonly trace: UnknownTrace | undefined,
  ) {}
  toString(): string {
    return '(unknown)';
  }
}

interface OpenMark {
  soc2lintOpen?: { why: string; span: [number, number]; trace: UnknownTrace | undefined; pairs: Map<string, Pair> };
}

interface ViewMark {
  soc2lintView?: YAMLMap;
}

/** A scalar node standing for content that could not be evaluated, over `span` of the text. */
export function unknownScalar(why: string, span: [number, number], trace?: UnknownTrace): Scalar {
  const node = new Scalar<unknown>(new UnknownValue(why, span, trace));
  node.range = [span[0], span[1], span[1]];
  return node;
}

/** True for a node whose value could not be evaluated. */
export function isUnknown(node: unknown): boolean {
  return isScalar(node) && (node as Scalar).value instanceof UnknownValue;
}

/** Notes that a rule read an unknown (see UnknownTrace). */
export function noteRead(node: unknown): void {
  if (!isUnknown(node)) return;
  const value = (node as Scalar).value as UnknownValue;
  value.trace?.reads.push(value.span);
}

/** Marks a map or sequence as possibly holding entries the model does not show, because of `span`. */
export function markOpen(collection: unknown, why: string, span: [number, number], trace?: UnknownTrace): void {
  if (!isMap(collection) && !isSeq(collection)) return;
  const mark = collection as OpenMark;
  mark.soc2lintOpen ??= { why, span, trace, pairs: new Map() };
}

/** True when a collection may hold entries the model does not show (so an absent key proves nothing). */
export function isOpen(collection: unknown): boolean {
  return (isMap(collection) || isSeq(collection)) && (collection as OpenMark).soc2lintOpen !== undefined;
}

/** The answer of an open map for a key it does not show: a pair with an unknown value (stable per key). */
export function openPair(map: YAMLMap, key: string): Pair | undefined {
  const mark = (map as OpenMark).soc2lintOpen;
  if (!mark) return undefined;
  let pair = mark.pairs.get(key);
  if (!pair) {
    const k = new Scalar<unknown>(key);
    k.range = [mark.span[0], mark.span[1], mark.span[1]];
    pair = new Pair(k, unknownScalar(mark.why, mark.span, mark.trace));
    mark.pairs.set(key, pair);
  }
  return pair;
}

/** An unknown read as a map: empty and open (stable per node). */
export function openView(node: unknown): YAMLMap | undefined {
  if (!isUnknown(node)) return undefined;
  const holder = node as ViewMark & Scalar;
  if (!holder.soc2lintView) {
    const view = new YAMLMap();
    const r = holder.range!;
    view.range = [r[0], r[1], r[2]];
    const value = holder.value as UnknownValue;
    markOpen(view, value.why, value.span, value.trace);
    holder.soc2lintView = view;
  }
  return holder.soc2lintView;
}

/**
 * YAML access helpers over `yaml`'s CST-backed document model.
 *
 * Node offsets from `parseAllDocuments` are absolute across `---`, so every range goes through one
 * `LineIndex`. Aliases are resolved one level at most and never expanded, which keeps alias bombs
 * harmless: the engine never calls `toJS` on a whole document.
 */
import { parseAllDocuments, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import * as nodes from './yaml-nodes';
import type { LineIndex } from './positions';
import { parseAllDocumentsCached, type YamlParseCache } from './yaml-cache';
import type { ParseProblem, Range } from './types';
import { noteGraftRead } from './template-output';
import { noteRead, openPair, openView } from './unknown';

// Bound once: a call through a module namespace is a getter call in bundles and under tsx (yaml-nodes.ts).
const { isAlias, isMap, isPair, isScalar, isSeq } = nodes;

export type YamlDocument = Document.Parsed;
export type { Node as YamlNode, Pair as YamlPair, YAMLMap, YAMLSeq, Scalar };

export interface YamlFile {
  docs: YamlDocument[];
  problems: ParseProblem[];
}

/**
 * Parses every document of a YAML stream. With a `cache` (one per open document, owned by the
 * caller), unchanged documents of a multi-document file are reused instead of re-parsed.
 */
export function parseYaml(text: string, lines: LineIndex, cache?: YamlParseCache): YamlFile {
  const problems: ParseProblem[] = [];
  const toProblem = (start: number, end: number, message: string) => problems.push({ message: firstLine(message), range: lines.range(start, Math.max(end, start + 1)) });
  if (cache) {
    const { docs, errors } = parseAllDocumentsCached(text, cache);
    for (const e of errors) toProblem(e.start, e.end, e.message);
    return { docs, problems };
  }
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false, strict: false });
  // `parseAllDocuments` returns an EmptyStream (an array without docs) for comment-only input.
  const list: YamlDocument[] = Array.isArray(docs) ? docs : [];
  for (const doc of list) for (const error of doc.errors) toProblem(error.pos[0], error.pos[1], error.message);
  return { docs: list, problems };
}

function firstLine(message: string): string {
  const i = message.indexOf('\n');
  return (i < 0 ? message : message.slice(0, i)).replace(/ at line \d+, column \d+:?$/, '');
}

/** Resolves an alias one level (never recursively expands collections). */
export function deref(doc: YamlDocument | undefined, node: unknown): unknown {
  if (doc && isAlias(node)) {
    try {
      return node.resolve(doc);
    } catch {
      return undefined;
    }
  }
  return node;
}

/** The node as a map; content soc2lint could not evaluate (see unknown.ts) reads as an open, empty map. */
export function asMap(node: unknown): YAMLMap | undefined {
  if (isMap(node)) return node as YAMLMap;
  noteRead(node);
  return openView(node);
}

export function asSeq(node: unknown): YAMLSeq | undefined {
  return isSeq(node) ? (node as YAMLSeq) : undefined;
}

/** Key text of a pair when the key is a scalar. */
export function pairKey(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value == null ? undefined : String(key.value);
  return undefined;
}

/** The `key:` pair of a map. An open map (see unknown.ts) answers an absent key with an unknown value. */
export function getPair(map: YAMLMap | undefined, key: string): Pair | undefined {
  if (!map) return undefined;
  for (const item of map.items) {
    if (isPair(item) && pairKey(item) === key) {
      noteRead(item.value);
      noteGraftRead(item.value);
      return item as Pair;
    }
  }
  const open = openPair(map, key);
  if (open) noteRead(open.value);
  return open;
}

/**
 * A string for a message only (a name to show), read without noting unknown content: a name a Helm
 * template prints does not make the rule's conclusion uncertain, so it must not drop the finding.
 * Undefined when absent; `otherwise` when present but not a string or number (unknown, a map ...).
 */
export function labelString(map: YAMLMap | undefined, key: string, otherwise?: string): string | undefined {
  for (const item of map?.items ?? []) {
    if (!isPair(item) || pairKey(item) !== key) continue;
    const v = isScalar(item.value) ? (item.value as Scalar).value : undefined;
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : otherwise;
  }
  return undefined;
}

export function getNode(map: YAMLMap | undefined, key: string): unknown {
  return getPair(map, key)?.value ?? undefined;
}

export function getMapAt(map: YAMLMap | undefined, ...path: string[]): YAMLMap | undefined {
  let current: YAMLMap | undefined = map;
  for (const key of path) current = asMap(getNode(current, key));
  return current;
}

/** Scalar value of a node: string, number, boolean, null; `undefined` for collections and absence. */
export function scalarValue(node: unknown): string | number | boolean | null | undefined {
  if (!isScalar(node)) return undefined;
  const v = (node as Scalar).value;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

export function getString(map: YAMLMap | undefined, key: string): string | undefined {
  const v = scalarValue(getNode(map, key));
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Absolute [start, end) offsets of a node's value (without trailing comments). */
export function nodeOffsets(node: unknown): [number, number] | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}

export function nodeRange(lines: LineIndex, node: unknown): Range | undefined {
  const o = nodeOffsets(node);
  return o ? lines.range(o[0], o[1]) : undefined;
}

/** Range of a pair's key (the place to report a *missing* child). */
export function keyRange(lines: LineIndex, pair: Pair): Range | undefined {
  return nodeRange(lines, pair.key);
}

/** Iterates the string key/value pairs of a map, e.g. labels. */
export function stringMap(map: YAMLMap | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!map) return out;
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const k = pairKey(item as Pair);
    const v = scalarValue((item as Pair).value);
    if (k !== undefined && v !== undefined && v !== null) out[k] = String(v);
  }
  return out;
}

/**
 * Visits every map in a node tree with its key path. Aliases are not followed, so the walk is
 * linear in the size of the text.
 */
export function walkMaps(node: unknown, visit: (map: YAMLMap, path: string[], pair: Pair | undefined) => void, path: string[] = [], pair?: Pair): void {
  if (isMap(node)) {
    visit(node as YAMLMap, path, pair);
    for (const item of (node as YAMLMap).items) {
      if (!isPair(item)) continue;
      const key = pairKey(item as Pair) ?? '';
      walkMaps((item as Pair).value, visit, [...path, key], item as Pair);
    }
  } else if (isSeq(node)) {
    (node as YAMLSeq).items.forEach((child, i) => walkMaps(child, visit, [...path, String(i)], pair));
  }
}

/**
 * Path from `root` to the innermost node at a file offset: map keys (`?` for a non-scalar key) and
 * sequence indices. Follows the value only when the offset is inside it, so an offset on a key
 * ends the path at that key.
 */
export function pathAt(root: unknown, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = root;
  for (let depth = 0; depth < 100 && node; depth++) {
    let next: unknown;
    if (isMap(node)) {
      // The last pair that holds the offset: a block map's range runs to the start of the next
      // key, so the offset of a key also lies at the end of the entry before it.
      let hit: { item: Pair; v: [number, number] | undefined } | undefined;
      for (const item of (node as YAMLMap).items) {
        if (!isPair(item)) continue;
        const k = nodeOffsets(item.key);
        const v = nodeOffsets(item.value);
        const end = v ? v[1] : k?.[1];
        if (k && end !== undefined && offset >= k[0] && offset <= end) hit = { item: item as Pair, v: v ? [v[0], v[1]] : undefined };
        else if (hit) break;
      }
      if (hit) {
        path.push(pairKey(hit.item) ?? '?');
        next = hit.v && offset >= hit.v[0] ? hit.item.value : undefined;
      }
    } else if (isSeq(node)) {
      const items = (node as YAMLSeq).items;
      for (let i = 0; i < items.length; i++) {
        const o = nodeOffsets(items[i]);
        if (o && offset >= o[0] && offset <= o[1]) {
          path.push(i);
          next = items[i];
          break;
        }
      }
    }
    node = next;
  }
  return path;
}

export { isMap, isSeq, isScalar, isPair, isAlias };

const MERGED = Symbol('entries merged from several files');

/** Marks a map built from several files' entries (Helm values coalesced over overlays). */
export function markMergedMap(map: YAMLMap): void {
  (map as unknown as Record<symbol, boolean>)[MERGED] = true;
}

/** Whether `markMergedMap` marked the map (its entries may sit at different columns). */
export function isMergedMap(map: YAMLMap): boolean {
  return (map as unknown as Record<symbol, boolean | undefined>)[MERGED] === true;
}

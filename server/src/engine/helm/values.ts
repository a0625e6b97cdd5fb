/**
 * A chart's values as templates see them: `values.yaml` with optional overlays
 * (`values-<env>.yaml`) on top, merged the way Helm coalesces them: a later file's scalar or list
 * replaces an earlier one, maps merge key by key, and `null` deletes a key.
 *
 * Values are parsed once per text (the caller caches `ChartValues`: a big values file takes tens of
 * milliseconds to parse, a template a fraction of that) and never mutated: templates graft clones.
 */
import { YAMLMap as YAMLMapClass } from 'yaml';
import { LineIndex } from '../positions';
import type { ParseProblem } from '../types';
import { asMap, getPair, isMap, isPair, isScalar, isSeq, parseYaml, scalarValue, type YamlPair, type YAMLMap, type YAMLSeq, type YamlDocument } from '../yaml';

/** A values file as the caller names it (its `uri` is echoed in related locations and fixes). */
export interface ValuesFileInput {
  uri: string;
  text: string;
}

export interface ValuesFile {
  uri: string;
  text: string;
  lines: LineIndex;
  docs: YamlDocument[];
  /** The root map of the first document; undefined for an empty or non-map file. */
  root: YAMLMap | undefined;
  problems: ParseProblem[];
  /** Set on a parent's file as a subchart sees it: the keys `root` sits under (see `scopedValuesFile`). */
  scope?: string[];
}

/** Values files in precedence order: `files[0]` is values.yaml, later files override earlier ones. */
export interface ChartValues {
  files: ValuesFile[];
}

/** Parses values files once; pass the result to every template lint of the chart. */
export function parseChartValues(inputs: readonly ValuesFileInput[]): ChartValues {
  return {
    files: inputs.map((input) => {
      const lines = new LineIndex(input.text);
      const yaml = parseYaml(input.text, lines);
      return { uri: input.uri, text: input.text, lines, docs: yaml.docs, root: asMap(yaml.docs[0]?.contents), problems: yaml.problems };
    }),
  };
}

/**
 * A parent chart's values file as a subchart sees it (Helm's coalescing): the entries under the
 * subchart's key (its name, or the dependency's `alias`), plus the parent's `global:` map, which
 * Helm passes to every subchart. Nodes stay the parent file's own, so related locations and fixes
 * point into the parent's file; undefined when the parent sets neither.
 */
export function scopedValuesFile(parent: ValuesFile, key: string): ValuesFile | undefined {
  const own = asMap(getPair(parent.root, key)?.value);
  const global = parent.root ? getPair(parent.root, 'global') : undefined;
  if (!own && !global) return undefined;
  const root = new YAMLMapClass();
  for (const item of own?.items ?? []) if (!(isPair(item) && scalarValue(item.key) === 'global')) root.items.push(item);
  if (global) root.items.push(global);
  return { ...parent, root, scope: [...(parent.scope ?? []), key] };
}

/**
 * Views by file and key. A view depends only on its (never mutated) file, so one object per file and
 * key is handed out: callers that key caches by file identity (the overlay baseline, overlay.ts) hit
 * them for subchart stacks too, and a file parsed again drops its views with it.
 */
const views = new WeakMap<ValuesFile, Map<string, ValuesFile | null>>();

/**
 * `file` as a chart at `scope` below it sees it (`[]`: the file itself; `['sub']`: a subchart's view,
 * `['sub', 'inner']`: its subchart's), or undefined when the file sets nothing for that chart.
 * Memoised per file and key (see `scopedValuesFile`).
 */
export function scopedView(file: ValuesFile, scope: readonly string[]): ValuesFile | undefined {
  let view: ValuesFile | undefined = file;
  for (const key of scope) {
    if (!view) return undefined;
    let byKey = views.get(view);
    if (!byKey) {
      byKey = new Map();
      views.set(view, byKey);
    }
    let next = byKey.get(key);
    if (next === undefined) {
      next = scopedValuesFile(view, key) ?? null;
      byKey.set(key, next);
    }
    view = next ?? undefined;
  }
  return view;
}

function isGlobalPath(path: string): boolean {
  return path === 'global' || path.startsWith('global.');
}

/** A values path a chart at `scope` reads, as the file above it names it (`x` is `<key>.x`; `global` stays). */
export function pathInParent(scope: readonly string[] | undefined, path: string): string {
  if (!scope || scope.length === 0 || isGlobalPath(path)) return path;
  return [...scope, ...(path === '' ? [] : [path])].join('.');
}

/**
 * The inverse of `pathInParent`: a path of the file above as the chart at `scope` reads it (`''`
 * for a path holding its whole `.Values`), or undefined when that chart does not see it.
 */
export function pathInScope(scope: readonly string[] | undefined, path: string): string | undefined {
  if (!scope || scope.length === 0 || isGlobalPath(path)) return path;
  const prefix = `${scope.join('.')}.`;
  if (path.startsWith(prefix)) return path.slice(prefix.length);
  if (`${path}.` === prefix || prefix.startsWith(`${path}.`)) return '';
  return undefined;
}

/**
 * The stack with a file's text replaced (matched by uri, scoped views re-scoped): an overlay is
 * linted with its current text, which may differ from the text the stack was built from (an
 * editor's unsaved text, a fix being tried).
 */
export function withValuesFile(values: ChartValues, replacement: ValuesFile): ChartValues {
  if (!values.files.some((f) => f.uri === replacement.uri && f.text !== replacement.text)) return values;
  const files: ValuesFile[] = [];
  for (const f of values.files) {
    if (f.uri !== replacement.uri) files.push(f);
    else {
      const view = scopedView(replacement, f.scope ?? []);
      if (view) files.push(view);
    }
  }
  return { files };
}

/** One file's node at a values path. `pair` is the `key: value` pair holding it (absent for the root). */
export interface Layer {
  file: ValuesFile;
  node: unknown;
  pair: YamlPair | undefined;
}

/**
 * A value the template evaluator works with.
 * - `unknown`: could not be evaluated (helper output, lookup, cluster state ...).
 * - `lit`: a plain value computed by the template (a literal, `default "x"`, `printf` ...).
 * - `vals`: a values-file value; `layers[0]` is the effective one, further layers are the maps it
 *   merges with (only maps merge). `asString` records `quote`/`toString`.
 * - `list`/`dict`: built by `list`/`dict` in the template, or a context object (`.Release`).
 */
export type Val =
  | { t: 'unknown'; why: string }
  | { t: 'lit'; v: string | number | boolean | null; asString?: boolean }
  | { t: 'vals'; path: string[]; layers: Layer[]; asString?: boolean }
  | { t: 'list'; items: Val[] }
  | { t: 'dict'; entries: Map<string, Val> };

export const NIL: Val = { t: 'lit', v: null };

export function unknown(why: string): Val {
  return { t: 'unknown', why };
}

/** `.Values`: the root maps of every file. */
export function valuesRoot(values: ChartValues | undefined): Val {
  if (!values || values.files.length === 0) return unknown('no values.yaml');
  const layers: Layer[] = [];
  for (let i = values.files.length - 1; i >= 0; i--) {
    const file = values.files[i]!;
    if (file.root) layers.push({ file, node: file.root, pair: undefined });
  }
  return { t: 'vals', path: [], layers };
}

function childLayers(layers: readonly Layer[], key: string): Layer[] | null | undefined {
  const out: Layer[] = [];
  for (const layer of layers) {
    const map = asMap(layer.node);
    if (!map) continue;
    const pair = getPair(map, key);
    if (!pair) continue;
    const value = pair.value;
    const isNull = value == null || (isScalar(value) && scalarValue(value) === null);
    if (out.length === 0) {
      // Helm deletes a key an override file sets to null.
      if (isNull) return null;
      out.push({ file: layer.file, node: value, pair: pair as YamlPair });
      if (!isMap(value)) return out;
      continue;
    }
    // Below the effective layer, only maps merge; anything else is overridden.
    if (isMap(value)) out.push({ file: layer.file, node: value, pair: pair as YamlPair });
    else break;
  }
  return out.length > 0 ? out : undefined;
}

/** `.key` of a value (Go templates: a missing map key is nil; a field of nil is nil). */
export function field(val: Val, key: string): Val {
  switch (val.t) {
    case 'unknown':
      return val;
    case 'vals': {
      if (val.layers.length === 0) return NIL;
      const first = val.layers[0]!.node;
      // A field of nil is nil; of a string or a list, a template error (unknown here).
      if (!isMap(first)) return first == null || (isScalar(first) && scalarValue(first) === null) ? NIL : unknown(`field ${key} of a ${isSeq(first) ? 'list' : 'scalar'}`);
      const layers = childLayers(val.layers, key);
      if (!layers) return NIL;
      return { t: 'vals', path: [...val.path, key], layers };
    }
    case 'dict':
      return val.entries.get(key) ?? NIL;
    case 'lit':
      return val.v === null ? NIL : unknown(`field ${key} of a scalar`);
    case 'list':
      return unknown(`field ${key} of a list`);
  }
}

/** The scalar a value holds, if it is one (undefined for collections and unknowns). */
export function scalarOf(val: Val): string | number | boolean | null | undefined {
  if (val.t === 'lit') return val.v;
  if (val.t === 'vals') {
    const node = val.layers[0]?.node;
    if (node == null) return null;
    if (isScalar(node)) {
      const v = scalarValue(node);
      if (v === undefined) return undefined;
      return val.asString && v !== null ? String(v) : v;
    }
  }
  return undefined;
}

function collectionSize(node: unknown): number | undefined {
  if (isMap(node)) return (node as YAMLMap).items.length;
  if (isSeq(node)) return (node as YAMLSeq).items.length;
  return undefined;
}

/** Go template truthiness; undefined when unknown. */
export function truthy(val: Val): boolean | undefined {
  switch (val.t) {
    case 'unknown':
      return undefined;
    case 'lit':
      return !(val.v === null || val.v === false || val.v === 0 || val.v === '');
    case 'list':
      return val.items.length > 0;
    case 'dict':
      return val.entries.size > 0;
    case 'vals': {
      const size = collectionSize(val.layers[0]?.node);
      if (size !== undefined) return val.layers.some((l) => (collectionSize(l.node) ?? 0) > 0);
      const v = scalarOf(val);
      if (v === undefined) return undefined;
      return !(v === null || v === false || v === 0 || v === '');
    }
  }
}

/** Text of a scalar value as a template prints it; undefined when not a known scalar. */
export function stringOf(val: Val): string | undefined {
  const v = scalarOf(val);
  if (v === undefined) return undefined;
  return v === null ? '' : String(v);
}

/** True when a values subtree holds a `{{` template string (rendered by `tpl`, so unknown to us). */
export function holdsTemplate(node: unknown, depth = 0): boolean {
  if (depth > 50) return true;
  if (isScalar(node)) {
    const v = scalarValue(node);
    return typeof v === 'string' && v.includes('{{');
  }
  if (isMap(node)) return (node as YAMLMap).items.some((p) => isPair(p) && (holdsTemplate(p.key, depth + 1) || holdsTemplate(p.value, depth + 1)));
  if (isSeq(node)) return (node as YAMLSeq).items.some((i) => holdsTemplate(i, depth + 1));
  return false;
}

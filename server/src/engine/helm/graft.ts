/**
 * Puts what the template's output actions print into the YAML parsed from the skeleton.
 *
 * Values come in as clones of the values files' own nodes. Each graft gets its own snippet of the
 * values text (the whole lines of the node, its key included), appended to the virtual text after
 * the template, and the clone's offsets are moved there: a rule that reports on a grafted node, or
 * fixes it, points into that snippet, which maps to exactly one values file position and one
 * template action (two containers rendering the same values key are two grafts). findings.ts turns
 * that into a finding on the template line with the values key as related information and the fix
 * on the values file.
 *
 * Where an action lands: inside a scalar (`image: "{{ … }}:{{ … }}"`: the scalar is replaced, by a
 * clone or a computed string), as the value of the `key:` before it (`securityContext:
 * {{- toYaml … | nindent 8 }}`), or as entries of the map / items of the list whose entries sit at
 * the column it prints at (`nindent N`). What cannot be evaluated is an unknown scalar or makes the
 * collection open (see ../unknown.ts).
 */
import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { LineIndex } from '../positions';
import { markTemplateOutput, type GraftReadLog, type ValuesPart } from '../template-output';
import { isUnknown, markOpen, unknownScalar, type UnknownTrace } from '../unknown';
import { getPair, isMap, isPair, isScalar, isSeq, markMergedMap, nodeOffsets, type YamlDocument } from '../yaml';
import type { OutputSite } from './render';
import { scalarOf, stringOf, type Layer, type Val, type ValuesFile } from './values';

/** A values node grafted into the template: where it came from and where it was printed. */
export interface GraftRecord {
  site: [number, number];
  file: ValuesFile;
  /** The grafted node's span in the virtual text. */
  span: [number, number];
  /** Values path of the node. */
  path: string[];
  /** The values file's `key:` node for the grafted value (virtual offsets), for related locations. */
  keySpan: [number, number] | undefined;
}

/** A snippet of a values file in the virtual text. */
export interface ValuesRegion {
  file: ValuesFile;
  /** Virtual offsets of the snippet. */
  start: number;
  end: number;
  /** Offset in the values file where the snippet starts (whole lines). */
  fileStart: number;
}

export interface GraftState {
  text: string;
  skeleton: string;
  lines: LineIndex;
  /** Values snippets in virtual-text order; the first starts one line break after the template. */
  regions: ValuesRegion[];
  grafts: GraftRecord[];
  /** Template spans of unknown content (findings on them are dropped). */
  unknownSpans: [number, number][];
  trace: UnknownTrace;
  /** Rules' reads of grafted values nodes (see ../template-output.ts). */
  reads: GraftReadLog;
  /** Values paths interpolated into strings built from text and actions (see usage.ts). */
  interpolated: string[];
}

type Setter = (node: unknown) => void;

interface ScalarRef {
  node: Scalar;
  start: number;
  end: number;
  set: Setter;
  /** The map holding it as a key (to open when the key becomes unknown). */
  keyOf: YAMLMap | undefined;
}

interface Entry {
  offset: number;
  line: number;
  col: number;
  collection: YAMLMap | YAMLSeq;
  /** For a key entry: its pair (the value may be a nested collection). */
  pair: Pair | undefined;
}

interface DocIndex {
  scalars: ScalarRef[];
  entries: Entry[];
  pairs: { pair: Pair; map: YAMLMap; keyEnd: number }[];
}

function indexDocument(doc: YamlDocument, lines: LineIndex, text: string): DocIndex {
  const index: DocIndex = { scalars: [], entries: [], pairs: [] };
  const visit = (node: unknown, set: Setter, keyOf?: YAMLMap) => {
    if (isScalar(node)) {
      const o = nodeOffsets(node);
      if (o) index.scalars.push({ node: node as Scalar, start: o[0], end: o[1], set, keyOf });
      return;
    }
    if (isMap(node)) {
      const map = node as YAMLMap;
      for (const item of map.items) {
        if (!isPair(item)) continue;
        const pair = item as Pair;
        const ko = nodeOffsets(pair.key);
        if (ko) {
          const pos = lines.positionAt(ko[0]);
          index.entries.push({ offset: ko[0], line: pos.line, col: pos.character, collection: map, pair });
          index.pairs.push({ pair, map, keyEnd: ko[1] });
        }
        visit(pair.key, (n) => (pair.key = n), map);
        visit(pair.value, (n) => (pair.value = n));
      }
      return;
    }
    if (isSeq(node)) {
      const seq = node as YAMLSeq;
      seq.items.forEach((item, i) => {
        const o = nodeOffsets(item);
        if (o) {
          // The entry is the dash: search back over blanks on the item's line.
          let dash = o[0] - 1;
          while (dash >= 0 && (text[dash] === ' ' || text[dash] === '\t')) dash--;
          if (text[dash] === '-') {
            const pos = lines.positionAt(dash);
            index.entries.push({ offset: dash, line: pos.line, col: pos.character, collection: seq, pair: undefined });
          }
        }
        visit(item, (n) => (seq.items[i] = n));
      });
    }
  };
  visit(doc.contents, (n) => (doc.contents = n as typeof doc.contents));
  index.scalars.sort((a, b) => a.start - b.start);
  index.entries.sort((a, b) => a.offset - b.offset);
  return index;
}

/** Moves a cloned subtree's offsets by `delta` (values file -> virtual text). */
function shift(node: unknown, delta: number): void {
  const r = (node as { range?: number[] } | null)?.range;
  if (r) (node as { range: number[] }).range = r.map((x) => x + delta);
  if (isMap(node) || isSeq(node)) {
    for (const item of (node as YAMLMap | YAMLSeq).items) {
      if (isPair(item)) {
        shift(item.key, delta);
        shift(item.value, delta);
      } else shift(item, delta);
    }
  }
}

function cloneShifted(node: unknown, delta: number): unknown {
  if (node == null) return node;
  const copy = (node as { clone(): unknown }).clone();
  shift(copy, delta);
  return copy;
}

function spanOf(node: unknown): [number, number] | undefined {
  const o = nodeOffsets(node);
  return o ? [o[0], o[1]] : undefined;
}

/** The next free virtual offset (after the template, or after the last snippet, and a line break). */
function nextStart(state: GraftState): number {
  const last = state.regions[state.regions.length - 1];
  return (last ? last.end : state.text.length) + 1;
}

/** A snippet of `file` covering a node (and its key), for one graft; reused per file within it. */
function snippet(state: GraftState, file: ValuesFile, node: unknown, pair: Pair | undefined, cache: Map<ValuesFile, ValuesRegion>): ValuesRegion | undefined {
  const cached = cache.get(file);
  if (cached) return cached;
  const o = nodeOffsets(node);
  const k = pair ? nodeOffsets(pair.key) : undefined;
  const from = k?.[0] ?? o?.[0];
  const to = o?.[1] ?? k?.[1];
  if (from === undefined || to === undefined) return undefined;
  const fileStart = file.lines.lineStartOffset(file.lines.positionAt(from).line);
  const fileEnd = file.lines.lineEndOffset(file.lines.positionAt(Math.max(from, to - 1)).line);
  const start = nextStart(state);
  const region: ValuesRegion = { file, start, end: start + (fileEnd - fileStart), fileStart };
  state.regions.push(region);
  cache.set(file, region);
  return region;
}

/** A values value as a YAML node in the virtual text (merged across overlays when it is a map). */
function valuesNode(state: GraftState, layers: readonly Layer[], asString: boolean, cache = new Map<ValuesFile, ValuesRegion>()): unknown {
  const top = layers[0]!;
  const topRegion = snippet(state, top.file, top.node, top.pair, cache);
  const delta = topRegion ? topRegion.start - topRegion.fileStart : 0;
  if (layers.length === 1 || !isMap(top.node)) {
    const copy = cloneShifted(top.node, delta);
    if (asString && isScalar(copy)) {
      const s = copy as Scalar;
      s.value = s.value === null ? '' : String(s.value);
      s.type = 'QUOTE_DOUBLE';
    }
    return copy;
  }
  // Maps of several files merge key by key; the effective file's keys come first.
  const merged = new YAMLMap();
  const seen = new Set<string>();
  for (const layer of layers) {
    const region = snippet(state, layer.file, layer.node, layer.pair, cache);
    const d = region ? region.start - region.fileStart : 0;
    for (const item of (layer.node as YAMLMap).items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const key = String((item.key as Scalar).value);
      if (seen.has(key)) continue;
      seen.add(key);
      const childLayers: Layer[] = [];
      for (const l of layers.slice(layers.indexOf(layer))) {
        const p = isMap(l.node) ? getPair(l.node as YAMLMap, key) : undefined;
        if (!p) continue;
        if (childLayers.length > 0 && !isMap(p.value)) break;
        childLayers.push({ file: l.file, node: p.value, pair: p as Pair });
        if (!isMap(p.value)) break;
      }
      if (childLayers[0] && isScalar(childLayers[0].node) && (childLayers[0].node as Scalar).value === null && layer !== layers[0]) continue;
      merged.items.push(new Pair(cloneShifted(item.key, d), childLayers.length > 1 ? valuesNode(state, childLayers, false, cache) : cloneShifted(item.value, d)));
    }
  }
  const r = nodeOffsets(top.node);
  if (r) merged.range = [r[0] + delta, r[1] + delta, r[1] + delta];
  merged.flow = (top.node as YAMLMap).flow;
  markMergedMap(merged);
  return merged;
}

function record(state: GraftState, site: OutputSite, val: Val & { t: 'vals' }, node: unknown, cache: ReadonlyMap<ValuesFile, ValuesRegion>): void {
  const top = val.layers[0]!;
  const region = cache.get(top.file);
  const span = spanOf(node);
  if (!span || !region) return;
  const delta = region.start - region.fileStart;
  const key = top.pair ? spanOf(top.pair.key) : undefined;
  state.grafts.push({ site: [site.start, site.end], file: top.file, span, path: val.path, keySpan: key ? [key[0] + delta, key[1] + delta] : undefined });
  // A merged map holds entries of the files below the effective one (values.yaml under an overlay):
  // each file's snippet is a graft of its own, so a finding on such an entry maps to its file.
  for (const layer of val.layers.slice(1)) {
    const r = cache.get(layer.file);
    if (!r || layer.file === top.file || state.grafts.some((g) => g.span[0] === r.start && g.site[0] === site.start)) continue;
    const d = r.start - r.fileStart;
    const k = layer.pair ? spanOf(layer.pair.key) : undefined;
    state.grafts.push({ site: [site.start, site.end], file: layer.file, span: [r.start, r.end], path: val.path, keySpan: k ? [k[0] + d, k[1] + d] : undefined });
  }
}

function literal(v: string | number | boolean | null, asString: boolean, start: number, end: number, parts: readonly ValuesPart[] = []): Scalar {
  const node = new Scalar<unknown>(asString && v !== null ? String(v) : v);
  node.range = [start, end, end];
  if (asString) node.type = 'QUOTE_DOUBLE';
  markTemplateOutput(node, parts.length > 0 ? { from: 'built', parts } : { from: 'literal' });
  return node;
}

function unknownAt(state: GraftState, why: string, start: number, end: number): Scalar {
  state.unknownSpans.push([start, end]);
  return unknownScalar(why, [start, end], state.trace);
}

/** The node an evaluated value becomes at a place printed over [start, end) of the template. */
function nodeFor(state: GraftState, site: OutputSite, val: Val, start: number, end: number, quoted: boolean): unknown {
  if (val.t === 'vals') {
    const top = val.layers[0]?.node;
    if ((isMap(top) || isSeq(top)) && quoted) return unknownAt(state, 'a collection printed into a string', start, end);
    const cache = new Map<ValuesFile, ValuesRegion>();
    const node = valuesNode(state, val.layers, quoted || val.asString === true, cache);
    markTemplateOutput(node, { from: 'values', reads: state.reads });
    record(state, site, val, node, cache);
    return node;
  }
  if (val.t === 'lit') return literal(val.v, quoted || val.asString === true, start, end);
  return unknownAt(state, val.t === 'unknown' ? val.why : 'a template-built collection', start, end);
}

/** True when a value prints nothing a rule could see (nil, empty map or list). */
function printsNothing(val: Val): boolean {
  if (val.t === 'lit') return val.v === null || val.v === '';
  if (val.t === 'vals') {
    const n = val.layers[0]?.node;
    if (n == null) return true;
    if (isScalar(n)) return scalarOf(val) === null;
    return val.layers.every((l) => (isMap(l.node) || isSeq(l.node) ? (l.node as YAMLMap | YAMLSeq).items.length === 0 : false));
  }
  return false;
}

function graftScalar(state: GraftState, ref: ScalarRef, sites: OutputSite[]): void {
  const quoted = ref.node.type === 'QUOTE_DOUBLE' || ref.node.type === 'QUOTE_SINGLE';
  const block = ref.node.type === 'BLOCK_LITERAL' || ref.node.type === 'BLOCK_FOLDED';
  const inner: [number, number] = quoted ? [ref.start + 1, ref.end - 1] : [ref.start, ref.end];
  let node: unknown;
  if (sites.length === 1 && !block && sites[0]!.start <= inner[0] && sites[0]!.end >= inner[1]) {
    node = nodeFor(state, sites[0]!, sites[0]!.val, ref.start, ref.end, quoted);
  } else {
    // A string built from text and actions: known only when every action is a known scalar.
    let out = '';
    let at = inner[0];
    let known = !block;
    const parts: ValuesPart[] = [];
    const paths: string[] = [];
    for (const site of sites) {
      const s = stringOf(site.val);
      if (s === undefined) known = false;
      for (const read of site.val.t === 'vals' ? [site.val, ...site.reads] : site.reads) {
        const top = read.layers[0];
        if (top && isScalar(top.node) && !parts.some((p) => p.node === top.node)) {
          parts.push({ file: top.file, node: top.node, path: read.path });
          paths.push(read.path.join('.'));
        }
      }
      out += state.text.slice(at, Math.max(at, site.start)) + (s ?? '');
      at = Math.max(at, site.end);
    }
    out += state.text.slice(at, inner[1]);
    if (known) state.interpolated.push(...paths);
    node = known ? literal(out, true, ref.start, ref.end, parts) : unknownAt(state, 'a string built from unknown values', ref.start, ref.end);
  }
  ref.set(node);
  // A key soc2lint cannot evaluate may be any key: nothing is provably absent from its map.
  if (ref.keyOf && isUnknown(node)) markOpen(ref.keyOf, 'a key printed by the template', [ref.start, ref.end], state.trace);
}

function lineTextAt(state: GraftState, line: number): string {
  return state.skeleton.slice(state.lines.lineStartOffset(line), state.lines.lineEndOffset(line));
}

/** The collection whose entries sit at column `col` around `offset` (block context), if any. */
function collectionAtColumn(state: GraftState, index: DocIndex, offset: number, col: number): YAMLMap | YAMLSeq | undefined {
  const line = state.lines.positionAt(offset).line;
  const byLine = (l: number) => index.entries.filter((e) => e.line === l);
  for (let l = line - 1; l >= 0; l--) {
    const t = lineTextAt(state, l);
    if (t.trim() === '') continue;
    const hit = byLine(l).find((e) => e.col === col);
    if (hit) return hit.collection;
    if (t.length - t.trimStart().length < col) break;
  }
  for (let l = line + 1; l < state.lines.lineCount; l++) {
    const t = lineTextAt(state, l);
    if (t.trim() === '') continue;
    return byLine(l).find((e) => e.col === col)?.collection;
  }
  return undefined;
}

/** The pair whose value an action right after its `key:` provides (or adds to). */
function valueSlot(state: GraftState, index: DocIndex, offset: number): Pair | undefined {
  const sk = state.skeleton;
  let i = offset - 1;
  for (;;) {
    while (i >= 0 && /\s/.test(sk[i]!)) i--;
    // A comment line between `key:` and the action (a suppression comment, say) is skipped.
    const lineStart = sk.lastIndexOf('\n', i) + 1;
    const hash = sk.indexOf('#', lineStart);
    if (hash < 0 || hash > i || sk.slice(lineStart, hash).trim() !== '') break;
    i = lineStart - 1;
  }
  if (state.skeleton[i] !== ':') return undefined;
  const colon = i;
  for (const { pair, keyEnd } of index.pairs) {
    if (keyEnd <= colon && /^[ \t]*$/.test(state.skeleton.slice(keyEnd, colon))) return pair;
  }
  return undefined;
}

/** The innermost collection an unplaceable action sits in (made open). */
function enclosing(index: DocIndex, offset: number, col: number): YAMLMap | YAMLSeq | undefined {
  let best: Entry | undefined;
  for (const e of index.entries) {
    if (e.offset >= offset) break;
    if (e.col < col) best = e;
  }
  if (!best) return undefined;
  const v = best.pair?.value;
  if (best.pair && (isMap(v) || isSeq(v))) return v as YAMLMap | YAMLSeq;
  return best.collection;
}

function outputColumn(state: GraftState, site: OutputSite): number {
  if (site.fmt.nindent !== undefined) return site.fmt.nindent;
  const col = state.lines.positionAt(site.start).character;
  return col + (site.fmt.indent ?? 0);
}

function graftBlock(state: GraftState, doc: YamlDocument, index: DocIndex, site: OutputSite): void {
  const val = site.val;
  const slot = valueSlot(state, index, site.start);
  const col = outputColumn(state, site);
  const top = val.t === 'vals' ? val.layers[0]?.node : undefined;
  if (slot) {
    const current = slot.value;
    if (current == null || (isScalar(current) && (current as Scalar).value === null)) {
      slot.value = printsNothing(val) && val.t !== 'vals' ? literal(null, false, site.start, site.end) : nodeFor(state, site, val, site.start, site.end, false);
      return;
    }
    // `labels: {{- include … | nindent 4 }}` followed by literal entries: the output joins them.
    if (printsNothing(val)) return;
    if ((isMap(current) && isMap(top)) || (isSeq(current) && isSeq(top))) {
      const node = nodeFor(state, site, val, site.start, site.end, false) as YAMLMap | YAMLSeq;
      for (const item of node.items) ((current as YAMLMap | YAMLSeq).items as unknown[]).push(item);
      return;
    }
    state.unknownSpans.push([site.start, site.end]);
    markOpen(current, 'template output soc2lint cannot evaluate', [site.start, site.end], state.trace);
    return;
  }
  if (printsNothing(val)) return;
  const target = collectionAtColumn(state, index, site.start, col);
  if (target && ((isMap(target) && isMap(top)) || (isSeq(target) && isSeq(top)))) {
    const node = nodeFor(state, site, val, site.start, site.end, false) as YAMLMap | YAMLSeq;
    for (const item of node.items) (target.items as unknown[]).push(item);
    return;
  }
  if (!target && doc.contents == null && val.t === 'vals') {
    doc.contents = nodeFor(state, site, val, site.start, site.end, false) as typeof doc.contents;
    return;
  }
  // Not placeable (unknown output, or a shape soc2lint does not follow): whatever holds it may hold more.
  state.unknownSpans.push([site.start, site.end]);
  const open = target ?? enclosing(index, site.start, col) ?? (isMap(doc.contents) || isSeq(doc.contents) ? doc.contents : undefined);
  if (open) markOpen(open, 'template output soc2lint cannot evaluate', [site.start, site.end], state.trace);
}

/** Grafts every site and opens what uncertain branches may add, document by document. */
export function graftDocument(state: GraftState, doc: YamlDocument, sites: readonly OutputSite[], uncertain: readonly [number, number][]): void {
  const index = indexDocument(doc, state.lines, state.skeleton);
  const inScalar = new Map<ScalarRef, OutputSite[]>();
  const blockSites: OutputSite[] = [];
  for (const site of sites) {
    if (site.inComment) continue;
    // Inline actions, and actions on their own line inside a block scalar, print into a scalar.
    const ref = index.scalars.find((s) => s.start <= site.start && site.start < s.end);
    if (ref) inScalar.set(ref, [...(inScalar.get(ref) ?? []), site]);
    else blockSites.push(site);
  }
  for (const [ref, list] of inScalar) graftScalar(state, ref, list);
  for (const site of blockSites) graftBlock(state, doc, index, site);
  for (const [start, end] of uncertain) {
    // The branch is blank in the skeleton: its first YAML text says which collection it adds to.
    const body = state.text.slice(start, end).replace(/\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\r\n]/g, ' '));
    const first = /\S/.exec(body);
    if (!first) continue;
    const at = start + first.index;
    const col = state.lines.positionAt(at).character;
    const target = collectionAtColumn(state, index, at, col) ?? enclosing(index, at, col);
    if (target) markOpen(target, 'a branch whose condition is unknown', [start, end], state.trace);
    state.unknownSpans.push([start, end]);
  }
}

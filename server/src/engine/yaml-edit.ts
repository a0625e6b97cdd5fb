/**
 * Minimal, comment-preserving YAML edits for quick fixes. Fixes never re-serialise a document:
 * they replace one scalar or insert lines with the file's own indentation and line breaks.
 */
import type { LineIndex } from './positions';
import type { TextEdit } from './types';
import { getPair, isMap, isMergedMap, isScalar, isSeq, nodeOffsets, type YamlPair, type YAMLMap, type YAMLSeq } from './yaml';

/** A small tree of keys to insert; leaves are YAML scalar source text (e.g. `true`, `10001`). */
export interface InsertTree {
  [key: string]: string | InsertTree;
}

/** The file's indentation step: the smallest positive leading-space count of a content line. */
export function indentUnit(lines: LineIndex): number {
  // Every fix asks; the answer depends only on the text, so it is computed once per LineIndex.
  let unit = indentUnits.get(lines);
  if (unit === undefined) {
    unit = computeIndentUnit(lines);
    indentUnits.set(lines, unit);
  }
  return unit;
}

/** Per-text memo (a WeakMap: it holds nothing once the text's LineIndex is gone). */
const indentUnits = new WeakMap<LineIndex, number>();

function computeIndentUnit(lines: LineIndex): number {
  let unit = 0;
  const limit = Math.min(lines.lineCount, 2000);
  for (let i = 0; i < limit; i++) {
    const text = lines.lineText(i);
    const m = /^( +)[^ #\r\n]/.exec(text);
    if (!m) continue;
    const n = m[1]!.length;
    if (unit === 0 || n < unit) unit = n;
    if (unit === 1) break;
  }
  return unit === 0 ? 2 : unit;
}

/** Replaces a scalar node's source text. */
export function replaceNode(lines: LineIndex, node: unknown, newText: string): TextEdit {
  const o = nodeOffsets(node);
  if (!o) throw new Error('replaceNode: node has no range');
  return { range: lines.range(o[0], o[1]), newText };
}

function renderBlock(tree: InsertTree, indent: number, unit: number): string[] {
  const out: string[] = [];
  const pad = ' '.repeat(indent);
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.push(`${pad}${key}: ${value}`);
    else {
      out.push(`${pad}${key}:`);
      out.push(...renderBlock(value, indent + unit, unit));
    }
  }
  return out;
}

function renderFlow(tree: InsertTree): string {
  return Object.entries(tree)
    .map(([k, v]) => (typeof v === 'string' ? `${k}: ${v}` : `${k}: {${renderFlow(v)}}`))
    .join(', ');
}

/** Column (0-based) where a map's keys start. */
function mapIndent(lines: LineIndex, map: YAMLMap): number | undefined {
  // A Helm values map merged from several files (values.yaml under an overlay) has entries from
  // files at different columns: new entries follow the last one, so they take its column.
  const entry = isMergedMap(map) ? map.items[map.items.length - 1] : map.items[0];
  const o = entry ? nodeOffsets(entry.key) : undefined;
  return o ? lines.positionAt(o[0]).character : undefined;
}

/** End offset of a pair's source (its value, or its key when the value is empty). */
function pairEnd(pair: YamlPair): number | undefined {
  const value = nodeOffsets(pair.value);
  const key = nodeOffsets(pair.key);
  if (value && (!key || value[1] >= key[1])) return value[1];
  return key?.[1];
}

/**
 * Inserts `tree` into `map`. Block maps get new lines after their last entry (or, with
 * `where: 'start'`, before their first entry when it starts its own line), at the map's indentation;
 * flow maps (`{}` or `{a: 1}`) get entries inside the braces, at the end.
 */
export function insertIntoMap(lines: LineIndex, map: YAMLMap, tree: InsertTree, where: 'start' | 'end' = 'end'): TextEdit {
  const o = nodeOffsets(map);
  if (!o) throw new Error('insertIntoMap: map has no range');
  if (where === 'start' && !map.flow && map.items.length > 0) {
    const firstKey = nodeOffsets(map.items[0]!.key)?.[0];
    const lineStart = firstKey === undefined ? undefined : lines.lineStartOffset(lines.positionAt(firstKey).line);
    // Only when the first key begins its line (not `- key:` or `key: {`): otherwise append at the end.
    if (firstKey !== undefined && lineStart !== undefined && /^[ \t]*$/.test(lines.text.slice(lineStart, firstKey))) {
      const at = lines.positionAt(lineStart);
      const block = renderBlock(tree, lines.positionAt(firstKey).character, indentUnit(lines));
      return { range: { start: at, end: at }, newText: block.join(lines.eol) + lines.eol };
    }
  }
  if (map.flow || map.items.length === 0) {
    const text = lines.text;
    // The map's own closing brace is its last character; searching from the end offset itself would
    // find the brace of an enclosing flow map (`{a: {}}`).
    const closing = text.lastIndexOf('}', o[1] - 1);
    if (closing < o[0]) throw new Error('insertIntoMap: flow map without closing brace');
    if (map.items.length === 0) {
      const inner = text.slice(o[0] + 1, closing);
      // `{}` / `{ }`: write the entries between the braces; anything else inside (a comment) stays.
      if (/^[ \t]*$/.test(inner)) return { range: lines.range(o[0], closing + 1), newText: `{${renderFlow(tree)}}` };
      const pos = lines.positionAt(closing);
      return { range: { start: pos, end: pos }, newText: renderFlow(tree) };
    }
    // After the last entry, so `{ a: 1 }` becomes `{ a: 1, b: 2 }` and a trailing comma stays valid.
    const lastEnd = pairEnd(map.items[map.items.length - 1]!) ?? closing;
    const pos = lines.positionAt(lastEnd);
    return { range: { start: pos, end: pos }, newText: `, ${renderFlow(tree)}` };
  }
  const indent = mapIndent(lines, map) ?? 0;
  const last = map.items[map.items.length - 1]!;
  const lastEnd = pairEnd(last) ?? o[1];
  // The last value may end with its own line break (block scalars): anchor on its last character.
  const lastLine = lines.positionAt(Math.max(lastEnd - 1, o[0])).line;
  const at = lines.positionAt(lines.lineEndOffset(lastLine));
  const unit = indentUnit(lines);
  const eol = lines.eol;
  return { range: { start: at, end: at }, newText: eol + renderBlock(tree, indent, unit).join(eol) };
}

/** True for an empty pair value: `key:`, `key: null`, `key: ~`. */
export function isEmptyValue(value: unknown): boolean {
  if (value == null) return true;
  if (!isScalar(value)) return false;
  if (value.value !== null && value.value !== undefined) return false;
  return value.source === '' || value.source === undefined || value.source === 'null' || value.source === 'Null' || value.source === 'NULL' || value.source === '~';
}

/**
 * Inserts `tree` as the value of `pair` when the pair's value is empty (`key:` or `key: null`),
 * or into the map it holds. Returns undefined when the value is something else (a scalar, a list).
 */
export function insertIntoPairValue(lines: LineIndex, pair: YamlPair, tree: InsertTree): TextEdit | undefined {
  const value = pair.value;
  if (isMap(value)) return insertIntoMap(lines, value as YAMLMap, tree);
  if (!isEmptyValue(value)) return undefined;
  const keyOffsets = nodeOffsets(pair.key);
  if (!keyOffsets) return undefined;
  const keyPos = lines.positionAt(keyOffsets[0]);
  const unit = indentUnit(lines);
  const eol = lines.eol;
  const body = eol + renderBlock(tree, keyPos.character + unit, unit).join(eol);
  const valueOffsets = nodeOffsets(value);
  if (valueOffsets && valueOffsets[1] > valueOffsets[0]) {
    // `key: null` / `key: ~`: replace the null (and the blank before it) with the block.
    let start = valueOffsets[0];
    while (start > keyOffsets[1] && /[ \t]/.test(lines.text[start - 1]!)) start--;
    return { range: lines.range(start, valueOffsets[1]), newText: body };
  }
  const at = lines.positionAt(lines.lineEndOffset(keyPos.line));
  return { range: { start: at, end: at }, newText: body };
}

/** Inserts `key: <tree>` as a new entry of `map` (creating e.g. a `securityContext:` block). */
export function insertKeyWithChildren(lines: LineIndex, map: YAMLMap, key: string, tree: InsertTree): TextEdit {
  return insertIntoMap(lines, map, { [key]: tree });
}

/**
 * Inserts `tree` under `parent[key]`: into its map, as the value of an empty `key:`, or as a new
 * `key:` block when the key is absent. Undefined when `key` holds something else (a scalar, a list).
 */
export function insertUnderKey(lines: LineIndex, parent: YAMLMap, key: string, tree: InsertTree): TextEdit | undefined {
  const pair = getPair(parent, key);
  if (!pair) return insertKeyWithChildren(lines, parent, key, tree);
  return insertIntoPairValue(lines, pair, tree);
}

/**
 * Sets `root.<path>` to the scalar source `value`, creating the missing maps on the way with the
 * file's indentation: replaces an existing scalar, fills an empty `key:` / `key: null`, or inserts
 * the key. Undefined when a step of the path holds something other than a map (a list, a string).
 */
export function setPath(lines: LineIndex, root: YAMLMap, path: readonly string[], value: string): TextEdit | undefined {
  let current = root;
  for (let i = 0; i < path.length - 1; i++) {
    const pair = getPair(current, path[i]!);
    const rest = nestTree(path.slice(i + 1), value);
    if (!pair) return insertIntoMap(lines, current, { [path[i]!]: rest });
    if (isMap(pair.value)) current = pair.value as YAMLMap;
    else return insertIntoPairValue(lines, pair, rest);
  }
  const leaf = path[path.length - 1]!;
  const pair = getPair(current, leaf);
  if (!pair) return insertIntoMap(lines, current, { [leaf]: value });
  if (isMap(pair.value) || isSeq(pair.value)) return undefined;
  const o = nodeOffsets(pair.value);
  if (o && o[1] > o[0]) return { range: lines.range(o[0], o[1]), newText: value };
  // `key:` with nothing after the colon.
  const keyEnd = nodeOffsets(pair.key)?.[1];
  const colon = keyEnd === undefined ? -1 : lines.text.indexOf(':', keyEnd);
  if (colon < 0) return undefined;
  const at = lines.positionAt(colon + 1);
  return { range: { start: at, end: at }, newText: ` ${value}` };
}

function nestTree(path: readonly string[], value: string): InsertTree {
  const [head, ...rest] = path;
  return { [head!]: rest.length === 0 ? value : nestTree(rest, value) };
}

/**
 * Removes item `index` of a sequence, keeping its neighbours and comments. Block sequences lose the
 * item's lines; flow sequences lose the item and one comma. Removing the only item of a block
 * sequence needs the pair that holds it (`add:` becomes `add: []`). Undefined when the layout is
 * unusual (the item shares a line with other content) and a safe edit cannot be made.
 */
export function removeSeqItem(lines: LineIndex, seq: YAMLSeq, index: number, holder?: YamlPair): TextEdit | undefined {
  const item = seq.items[index];
  const o = nodeOffsets(item);
  if (!o) return undefined;
  const text = lines.text;
  if (seq.flow) {
    if (seq.items.length === 1) {
      const s = nodeOffsets(seq);
      return s ? { range: lines.range(s[0], s[1]), newText: '[]' } : undefined;
    }
    if (index < seq.items.length - 1) {
      const next = nodeOffsets(seq.items[index + 1]);
      return next ? { range: lines.range(o[0], next[0]), newText: '' } : undefined;
    }
    const prev = nodeOffsets(seq.items[index - 1]);
    return prev ? { range: lines.range(prev[1], o[1]), newText: '' } : undefined;
  }
  const startLine = lines.positionAt(o[0]).line;
  const endLine = lines.positionAt(Math.max(o[1] - 1, o[0])).line;
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(lines.lineStartOffset(startLine), o[0]))) return undefined;
  if (!/^[ \t]*(#.*)?$/.test(text.slice(o[1], lines.lineEndOffset(endLine)))) return undefined;
  if (seq.items.length === 1) {
    if (!holder || !isSeq(holder.value)) return undefined;
    const keyEnd = nodeOffsets(holder.key)?.[1];
    if (keyEnd === undefined) return undefined;
    const colon = text.indexOf(':', keyEnd);
    if (colon < 0 || colon >= o[0] || text.slice(colon + 1, o[0]).includes('#')) return undefined;
    return { range: lines.range(colon + 1, lines.lineEndOffset(endLine)), newText: ' []' };
  }
  // Whole lines: from the dash line's start to the next line's start (or, on the last line of the
  // file, from the previous line's end so no dangling line break is left behind).
  if (endLine + 1 < lines.lineCount) return { range: lines.range(lines.lineStartOffset(startLine), lines.lineStartOffset(endLine + 1)), newText: '' };
  return { range: lines.range(lines.lineEndOffset(startLine - 1), lines.lineEndOffset(endLine)), newText: '' };
}

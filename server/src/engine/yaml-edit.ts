/**
 * Minimal, comment-preserving YAML edits for quick fixes. Fixes never re-serialise a document:
 * they replace one scalar or insert lines with the file's own indentation and line breaks.
 */
import type { LineIndex } from './positions';
import type { TextEdit } from './types';
import { isMap, isScalar, nodeOffsets, type YamlPair, type YAMLMap } from './yaml';

/** A small tree of keys to insert; leaves are YAML scalar source text (e.g. `true`, `10001`). */
export interface InsertTree {
  [key: string]: string | InsertTree;
}

/** The file's indentation step: the smallest positive leading-space count of a content line. */
export function indentUnit(lines: LineIndex): number {
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

function renderBlock(tree: InsertTree, indent: number, unit: number, eol: string): string[] {
  const out: string[] = [];
  const pad = ' '.repeat(indent);
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.push(`${pad}${key}: ${value}`);
    else {
      out.push(`${pad}${key}:`);
      out.push(...renderBlock(value, indent + unit, unit, eol));
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
  const first = map.items[0];
  const o = first ? nodeOffsets(first.key) : undefined;
  return o ? lines.positionAt(o[0]).character : undefined;
}

/**
 * Inserts `tree` into `map`. Block maps get new lines after their last entry, at the map's
 * indentation; flow maps (`{}` or `{a: 1}`) get entries inside the braces.
 */
export function insertIntoMap(lines: LineIndex, map: YAMLMap, tree: InsertTree): TextEdit {
  const o = nodeOffsets(map);
  if (!o) throw new Error('insertIntoMap: map has no range');
  if (map.flow || map.items.length === 0) {
    const closing = lines.text.lastIndexOf('}', o[1]);
    if (closing < o[0]) throw new Error('insertIntoMap: flow map without closing brace');
    const empty = map.items.length === 0;
    const pos = lines.positionAt(closing);
    return { range: { start: pos, end: pos }, newText: `${empty ? '' : ', '}${renderFlow(tree)}` };
  }
  const indent = mapIndent(lines, map) ?? 0;
  const last = map.items[map.items.length - 1]!;
  const lastEnd = nodeOffsets(last.value ?? last.key)?.[1] ?? o[1];
  // The last value may end with its own line break (block scalars): anchor on its last character.
  const lastLine = lines.positionAt(Math.max(lastEnd - 1, o[0])).line;
  const at = lines.positionAt(lines.lineEndOffset(lastLine));
  const unit = indentUnit(lines);
  const eol = lines.eol;
  return { range: { start: at, end: at }, newText: eol + renderBlock(tree, indent, unit, eol).join(eol) };
}

/**
 * Inserts `tree` as the value of `pair` when the pair's value is empty (`key:` or `key: null`),
 * or into the map it holds. Returns undefined when the value is something else (a scalar, a list).
 */
export function insertIntoPairValue(lines: LineIndex, pair: YamlPair, tree: InsertTree): TextEdit | undefined {
  const value = pair.value;
  if (isMap(value)) return insertIntoMap(lines, value as YAMLMap, tree);
  const isEmpty = value == null || (isScalar(value) && (value.value === null || value.value === undefined) && (value.source === '' || value.source === undefined || value.source === 'null' || value.source === '~'));
  if (!isEmpty) return undefined;
  const keyOffsets = nodeOffsets(pair.key);
  if (!keyOffsets) return undefined;
  const keyPos = lines.positionAt(keyOffsets[0]);
  const unit = indentUnit(lines);
  const eol = lines.eol;
  const body = eol + renderBlock(tree, keyPos.character + unit, unit, eol).join(eol);
  const valueOffsets = nodeOffsets(value);
  if (valueOffsets && valueOffsets[1] > valueOffsets[0]) {
    // `key: null` / `key: ~`: replace the null with the block.
    return { range: lines.range(valueOffsets[0], valueOffsets[1]), newText: body };
  }
  const at = lines.positionAt(lines.lineEndOffset(keyPos.line));
  return { range: { start: at, end: at }, newText: body };
}

/** Inserts `key: <tree>` as a new entry of `map` (creating e.g. a `securityContext:` block). */
export function insertKeyWithChildren(lines: LineIndex, map: YAMLMap, key: string, tree: InsertTree): TextEdit {
  return insertIntoMap(lines, map, { [key]: tree });
}

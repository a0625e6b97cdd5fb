/**
 * Incremental YAML parsing for the per-keystroke path. A multi-document manifest is split at its
 * `---` lines; each chunk is parsed on its own and kept, so an edit re-parses only the document it
 * touches. Node offsets of a kept chunk are shifted when text before it grows or shrinks, which is a
 * walk over its nodes, far cheaper than a parse.
 *
 * Splitting is exact: YAML forbids a `---` at column 0 inside any node (it always starts a document),
 * and a chunk without content (comments, directives, a bare `---`) is merged into the next one, so
 * the documents are the ones `parseAllDocuments` yields for the whole text.
 *
 * The engine stays stateless: the cache is an object the caller owns (one per open document) and
 * passes in; nothing is kept between calls unless the caller keeps the cache.
 */
import { parseAllDocuments } from 'yaml';
import * as nodes from './yaml-nodes';
import type { YamlDocument } from './yaml';

// Bound once: a call through a module namespace is a getter call in bundles and under tsx (yaml-nodes.ts).
const { isAlias, isMap, isPair, isScalar, isSeq } = nodes;

interface RelativeError {
  start: number;
  end: number;
  message: string;
}

interface Chunk {
  text: string;
  /** Offset the chunk's node ranges currently include. */
  base: number;
  docs: YamlDocument[];
  errors: RelativeError[];
}

/** Parsed chunks of one document's latest text, keyed by chunk text. */
export class YamlParseCache {
  chunks = new Map<string, Chunk>();
  /** Chunks parsed (not reused) by the last call; for tests and benchmarks. */
  lastParsedChunks = 0;
}

/** Start offsets of the chunks of `text`. */
function chunkStarts(text: string): number[] {
  const starts = [0];
  const re = /^---(?=[ \t\r\n]|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index > 0) starts.push(m.index);
  // Merge chunks without content into the following one.
  const merged: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = starts[i + 1] ?? text.length;
    if (merged.length === 0) merged.push(start);
    else if (hasContent(text, merged[merged.length - 1]!, start)) merged.push(start);
    if (i === starts.length - 1 && !hasContent(text, merged[merged.length - 1]!, end) && merged.length > 1) merged.pop();
  }
  return merged;
}

/** Whether text[start, end) holds a content line (not blank, comment, directive or bare marker). */
function hasContent(text: string, start: number, end: number): boolean {
  for (const raw of text.slice(start, end).split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('%')) continue;
    // `--- value` carries content after the marker; a bare marker (maybe with a comment) does not.
    const marker = /^(---|\.\.\.)(?:\s+(.*))?$/.exec(line);
    if (marker && (marker[2] === undefined || marker[2].startsWith('#'))) continue;
    return true;
  }
  return false;
}

function shiftNode(node: unknown, delta: number, seen: Set<unknown>): void {
  if (node == null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const r = (node as { range?: number[] }).range;
  if (Array.isArray(r)) for (let i = 0; i < r.length; i++) r[i]! += delta;
  if (isPair(node)) {
    shiftNode(node.key, delta, seen);
    shiftNode(node.value, delta, seen);
  } else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) shiftNode(item, delta, seen);
  } else if (isScalar(node) || isAlias(node)) {
    // Leaves: range done above.
  }
}

function shiftChunk(chunk: Chunk, base: number): void {
  const delta = base - chunk.base;
  if (delta === 0) return;
  const seen = new Set<unknown>();
  for (const doc of chunk.docs) {
    const r = doc.range as number[];
    for (let i = 0; i < r.length; i++) r[i]! += delta;
    shiftNode(doc.contents, delta, seen);
  }
  chunk.base = base;
}

function parseChunk(text: string): Chunk {
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false, strict: false });
  const docs: YamlDocument[] = Array.isArray(parsed) ? parsed : [];
  const errors: RelativeError[] = [];
  for (const doc of docs) for (const e of doc.errors) errors.push({ start: e.pos[0], end: e.pos[1], message: e.message });
  return { text, base: 0, docs, errors };
}

/**
 * Parses `text` reusing the cache's chunks; returns documents with absolute offsets and the errors
 * (absolute offsets). The cache is left holding exactly the chunks of `text`.
 */
export function parseAllDocumentsCached(text: string, cache: YamlParseCache): { docs: YamlDocument[]; errors: RelativeError[] } {
  const starts = chunkStarts(text);
  const next = new Map<string, Chunk>();
  const docs: YamlDocument[] = [];
  const errors: RelativeError[] = [];
  cache.lastParsedChunks = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const chunkText = text.slice(start, starts[i + 1] ?? text.length);
    // A chunk identical to one already placed in this text (two equal documents) gets its own parse:
    // the node objects carry absolute offsets, so they cannot sit at two places.
    let chunk = next.has(chunkText) ? undefined : cache.chunks.get(chunkText);
    if (!chunk) {
      chunk = parseChunk(chunkText);
      cache.lastParsedChunks++;
    }
    shiftChunk(chunk, start);
    if (!next.has(chunkText)) next.set(chunkText, chunk);
    docs.push(...chunk.docs);
    for (const e of chunk.errors) errors.push({ start: e.start + start, end: e.end + start, message: e.message });
  }
  cache.chunks = next;
  return { docs, errors };
}

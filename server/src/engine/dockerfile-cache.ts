/**
 * Incremental Dockerfile parsing for the per-keystroke path (the YAML counterpart is yaml-cache.ts).
 * dockerfile-ast spends most of a parse re-reading every instruction's arguments (about 30 ms for
 * 2,000 lines), so the editor splits the text into segments at instruction boundaries, parses each
 * on its own and keeps it: an edit within a line re-parses only the segment it touches.
 *
 * Positions stay exact without translating anything: a segment that starts at line N is parsed with
 * N empty lines in front of it, so every range dockerfile-ast computes (at parse time, or later from
 * its own copy of the text) is the full parse's range. The price: an edit that adds or removes lines
 * re-parses the segments after it. The segments' instructions and comments are then assembled into
 * one dockerfile-ast Dockerfile the way its parser builds one, so stages, comments and
 * `resolveVariable` answer as for a full parse.
 *
 * Splitting is conservative: only at a line that starts with a letter (an instruction keyword) and
 * follows no line ending in a backslash (a continuation, even across comment and blank lines). Text
 * whose parse carries state across lines that this scan does not follow (heredocs `<<`, an
 * `# escape=` directive, a lone CR line break) is parsed whole. Fewer splits are always safe.
 *
 * The engine stays stateless: the cache is an object the caller owns (one per open document) and
 * passes in; it keeps only the segments of the latest text, each keyed by its exact parse input, so
 * it is bounded and can never answer for other text.
 */
import { DockerfileParser, type Comment, type Dockerfile, type Instruction, type ParserDirective } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dockerfileModel, dockerfileSource, type DockerfileModel } from './dockerfile';

/** Parsed segments of one document's latest text. */
export class DockerfileParseCache {
  /** Keyed by `${first line}\n${segment text}`: the parse input is exactly that many empty lines and the text. */
  segments = new Map<string, Dockerfile>();
  /** Segments parsed (not reused) by the last call; for tests and benchmarks. */
  lastParsedSegments = 0;
  /** Segments of the last text (1 when it was parsed whole). */
  lastSegmentCount = 0;
  /** Per-instruction facts shared across edits (DockerfileModel.instructionMemo); weak, so it lives only as long as the segments. */
  readonly instructionMemo = new WeakMap<Instruction, Map<string, unknown>>();

  /**
   * @param segmentLines Fixed block length in lines instead of the size-dependent default; tests
   * pass 1 to split at every split point.
   */
  constructor(readonly segmentLines?: number) {}
}

/**
 * Block length in lines. Re-parsing 16 lines costs well under a millisecond; shorter blocks gain
 * little (per-segment overhead), longer ones cost the 150-line case more than they save. Doubled for
 * huge files to keep at most MAX_SEGMENTS: each segment's document holds the lines before it (as
 * empty lines), so their total grows with segments x lines.
 */
const SEGMENT_LINES = 16;
const MAX_SEGMENTS = 128;

/** A segment's first line and the offset of that line in the text. */
export interface SegmentStart {
  line: number;
  offset: number;
}

/** Whether the text needs a whole parse: constructs whose parse spans lines in ways the split scan does not follow. */
function needsWholeParse(source: string): boolean {
  return source.includes('<<') || /\r(?!\n)/.test(source) || /^[ \t]*#[ \t]*escape[ \t]*=/im.test(source);
}

/**
 * Where the segments of `source` start. A segment starts at the first split point (see the module
 * comment) of each block of SEGMENT_LINES lines, so a boundary depends only on the lines near it and
 * an edit within a line moves at most the boundaries of its block.
 */
export function segmentStarts(source: string, segmentLines?: number): SegmentStart[] {
  const starts: SegmentStart[] = [{ line: 0, offset: 0 }];
  if (needsWholeParse(source)) return starts;
  let size = segmentLines ?? SEGMENT_LINES;
  if (segmentLines === undefined) {
    let lineCount = 1;
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineCount++;
    while (lineCount / size > MAX_SEGMENTS) size *= 2;
  }
  // Whether the line ahead continues an instruction: the last non-blank line ended in a backslash
  // (a comment line ending in one counts too, to stay on the safe side).
  let continued = false;
  let line = 0;
  for (let offset = 0; offset < source.length; line++) {
    const newline = source.indexOf('\n', offset);
    const end = newline < 0 ? source.length : newline;
    let first = offset;
    while (first < end && (source[first] === ' ' || source[first] === '\t' || source[first] === '\r')) first++;
    let last = end;
    while (last > first && (source[last - 1] === ' ' || source[last - 1] === '\t' || source[last - 1] === '\r')) last--;
    if (first < last) {
      const code = source.charCodeAt(first) | 0x20;
      const letter = code >= 0x61 && code <= 0x7a;
      if (letter && !continued && line > 0 && Math.floor(line / size) !== Math.floor(starts[starts.length - 1]!.line / size)) starts.push({ line, offset });
      const escaped = source[last - 1] === '\\';
      if (source[first] === '#') continued ||= escaped;
      else continued = escaped;
    }
    offset = end + 1;
  }
  return starts;
}

/** The parts of dockerfile-ast's Dockerfile class its parser builds a file with (public in its typings, not on the interface). */
interface DockerfileBuilder extends Dockerfile {
  addInstruction(instruction: Instruction): void;
  addComment(comment: Comment): void;
  setDirectives(directives: ParserDirective[]): void;
  organizeComments(): void;
}

/**
 * One Dockerfile over the segments' instructions and comments, built as dockerfile-ast's parser
 * builds one (directives, instructions in order, comments, then comments sorted into stages).
 * Undefined if the class no longer offers those methods (a dockerfile-ast upgrade): parse whole then.
 */
function assemble(source: string, parts: Dockerfile[]): Dockerfile | undefined {
  const Builder = parts[0]!.constructor as new (document: TextDocument) => Partial<DockerfileBuilder>;
  const ast = new Builder(TextDocument.create('', 'dockerfile', 0, source));
  if (typeof ast.addInstruction !== 'function' || typeof ast.addComment !== 'function' || typeof ast.setDirectives !== 'function' || typeof ast.organizeComments !== 'function') return undefined;
  const builder = ast as DockerfileBuilder;
  builder.setDirectives(parts[0]!.getDirectives());
  for (const part of parts) {
    for (const instruction of part.getInstructions()) builder.addInstruction(instruction);
    for (const comment of part.getComments()) builder.addComment(comment);
  }
  builder.organizeComments();
  return builder;
}

/**
 * Parses `text` reusing the cache's segments; the model equals `parseDockerfile(text)`'s (same
 * instructions, ranges, stages). The cache is left holding exactly the segments of `text`.
 */
export function parseDockerfileCached(text: string, cache: DockerfileParseCache): DockerfileModel {
  const source = dockerfileSource(text);
  const starts = segmentStarts(source, cache.segmentLines);
  const next = new Map<string, Dockerfile>();
  const parts: Dockerfile[] = [];
  cache.lastParsedSegments = 0;
  for (let k = 0; k < starts.length; k++) {
    const { line, offset } = starts[k]!;
    const segment = source.slice(offset, starts[k + 1]?.offset ?? source.length);
    const key = `${line}\n${segment}`;
    let ast = cache.segments.get(key);
    if (!ast) {
      ast = DockerfileParser.parse('\n'.repeat(line) + segment);
      cache.lastParsedSegments++;
    }
    next.set(key, ast);
    parts.push(ast);
  }
  cache.segments = next;
  cache.lastSegmentCount = parts.length;
  const assembled = parts.length === 1 ? parts[0] : assemble(source, parts);
  if (!assembled) {
    cache.segments = new Map();
    return dockerfileModel(DockerfileParser.parse(source));
  }
  const model = dockerfileModel(assembled);
  model.instructionMemo = cache.instructionMemo;
  return model;
}

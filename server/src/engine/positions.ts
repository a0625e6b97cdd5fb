import type { Position, Range } from './types';

/**
 * Converts absolute string offsets to LSP positions and back.
 *
 * JavaScript strings are UTF-16, so a string offset already is a UTF-16 code-unit count: astral
 * characters take two units exactly as LSP expects. Line breaks are `\n`, `\r\n` and a lone `\r`,
 * the same set LSP clients use. A BOM is an ordinary character of the text here (VS Code strips it
 * before the server sees the text; the CLI strips it on read), so nothing is special-cased.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[];

  constructor(
    readonly text: string,
    /** Precomputed line starts (see `LineIndex.join`); computed from the text when absent. */
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /**
   * The index of `parts` joined with a line break between each, built from their own indexes (no
   * rescan of the text, which stays a cheap concatenation until something reads its characters).
   */
  static join(parts: readonly LineIndex[]): LineIndex {
    let text = '';
    const starts: number[] = [];
    for (const part of parts) {
      if (starts.length > 0) text += '\n';
      const base = text.length;
      for (const s of part.lineStarts) starts.push(base + s);
      text += part.text;
    }
    return new LineIndex(text, starts.length > 0 ? starts : [0]);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line]!;
    const end = this.lineEndOffset(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  lineStartOffset(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  /** Offset just before the line break of `line` (or end of text). */
  lineEndOffset(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1]!;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStartOffset(line), this.lineEndOffset(line));
  }

  /** The file's dominant line break, used when a fix inserts lines. */
  get eol(): string {
    // Asked by every inserting fix; scanning a large text each time would make fixes O(n) apiece.
    this.eolCache ??= this.text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
    return this.eolCache;
  }

  private eolCache: string | undefined;
}

export function rangeContains(outer: Range, pos: Position): boolean {
  if (pos.line < outer.start.line || pos.line > outer.end.line) return false;
  if (pos.line === outer.start.line && pos.character < outer.start.character) return false;
  if (pos.line === outer.end.line && pos.character > outer.end.character) return false;
  return true;
}

export function compareRanges(a: Range, b: Range): number {
  return (
    a.start.line - b.start.line ||
    a.start.character - b.start.character ||
    a.end.line - b.end.line ||
    a.end.character - b.end.character
  );
}

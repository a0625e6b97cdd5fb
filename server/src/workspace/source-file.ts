/**
 * Reading and writing linted files. The engine sees text without a BOM (positions then match what
 * editors show); the BOM and the line breaks are put back exactly when a fix is written.
 */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import type { SkipReason } from './discover';

/** Bytes inspected for a NUL byte, as git does to call a file binary. */
const BINARY_PROBE_BYTES = 8 * 1024;

export interface SourceText {
  /** UTF-8 decoded text without a leading BOM. */
  text: string;
  /** Whether the file started with a UTF-8 BOM. */
  bom: boolean;
}

export type ReadOutcome = ({ ok: true } & SourceText) | { ok: false; reason: SkipReason; detail: string };

/** Reads a candidate file, or says why it is skipped (too large, binary, unreadable). */
export function readSourceFile(absPath: string, maxBytes: number): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { ok: false, reason: 'too-large', detail: `${size} bytes is over the ${maxBytes}-byte limit (--max-file-size)` };
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const content = buffer.subarray(0, read);
    if (content.subarray(0, BINARY_PROBE_BYTES).includes(0)) return { ok: false, reason: 'binary', detail: 'binary content (NUL byte)' };
    return { ok: true, ...decodeSource(content) };
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function decodeSource(content: Buffer): SourceText {
  const text = content.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/** Writes fixed text back, restoring the BOM the file had. Line breaks are whatever the text holds. */
export function writeSourceFile(absPath: string, source: SourceText): void {
  writeFileSync(absPath, (source.bom ? '\uFEFF' : '') + source.text, 'utf8');
}

/**
 * Applying fixes to text. Edits are LSP ranges; they are applied back to front so earlier offsets
 * stay valid.
 */
import { LineIndex } from './positions';
import type { Fix, TextEdit } from './types';

/** Applies one fix's edits to `text`. Throws if the fix's own edits overlap (a rule bug). */
export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let lastStart = Number.POSITIVE_INFINITY;
  for (const s of spans) {
    if (s.end > lastStart) throw new Error('applyEdits: overlapping edits');
    out = out.slice(0, s.start) + s.newText + out.slice(s.end);
    lastStart = s.start;
  }
  return out;
}

/**
 * Applies as many fixes as possible in one pass: a fix whose edits overlap an already accepted fix
 * is left for the next pass. Returns the new text and the fixes applied.
 */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const lines = new LineIndex(text);
  const taken: [number, number][] = [];
  const accepted: Fix[] = [];
  const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1] || (a[0] === a[1] && b[0] === b[1] && a[0] === b[0]);
  for (const fix of fixes) {
    const spans = fix.edits.map((e) => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)] as [number, number]);
    if (spans.some((s) => taken.some((t) => overlaps(s, t)))) continue;
    taken.push(...spans);
    accepted.push(fix);
  }
  return { text: applyEdits(text, accepted.flatMap((f) => f.edits)), applied: accepted };
}

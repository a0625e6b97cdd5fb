/**
 * `--fix`: applies safe fixes (never suggestions) until the text is stable. A pass applies every
 * fix that does not overlap another; overlapping ones and fixes that only appear once an earlier
 * fix is in place are picked up by the next pass.
 */
import { applyFixes } from '../engine/fixes';
import type { Finding, Fix } from '../engine/types';

export const MAX_FIX_PASSES = 10;

export interface FixLoopResult {
  text: string;
  /** Fixes applied, in order. */
  applied: Fix[];
  passes: number;
  /** False when fixes were still on offer after the last pass (a rule whose fix does not settle). */
  stable: boolean;
  /** Set when applying a fix failed (a rule bug such as overlapping edits); the text is the last good one. */
  error?: string;
}

/** Runs lint → apply → re-lint until no fix is left. `lint` returns the unsuppressed findings of a text. */
export function fixUntilStable(text: string, lint: (text: string) => readonly Finding[], maxPasses = MAX_FIX_PASSES): FixLoopResult {
  const applied: Fix[] = [];
  let current = text;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const fixes = lint(current).flatMap((f) => (f.fix && f.fix.edits.length > 0 ? [f.fix] : []));
    if (fixes.length === 0) return { text: current, applied, passes: pass - 1, stable: true };
    let next: { text: string; applied: Fix[] };
    try {
      next = applyFixes(current, fixes);
    } catch (error) {
      return { text: current, applied, passes: pass - 1, stable: false, error: error instanceof Error ? error.message : String(error) };
    }
    // Fixes whose edits change nothing would loop forever: stop.
    if (next.text === current) return { text: current, applied, passes: pass, stable: true };
    applied.push(...next.applied);
    current = next.text;
  }
  const leftover = lint(current).some((f) => f.fix && f.fix.edits.length > 0);
  return { text: current, applied, passes: maxPasses, stable: !leftover };
}

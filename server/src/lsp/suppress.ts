/**
 * Where the "Suppress <ID>" code actions put their comment. The engine decides what a comment
 * covers (server/src/engine/suppressions.ts); this file only places it so that it covers the finding:
 * - on this line: on its own line just above the line the finding starts on, at that line's
 *   indentation (for a YAML sequence item `- name: x` that is the dash's column); in a Dockerfile
 *   above the first line of the instruction holding the finding (a comment inside a continued
 *   instruction would split it);
 * - in this file: after the leading block of comment lines, so a Dockerfile's parser directives
 *   (`# syntax=`, `# escape=`, which must come first) and license headers stay first.
 */
import type { DockerfileModel } from '../engine/dockerfile';
import type { LineIndex } from '../engine/positions';
import { suppressionComment } from '../engine/suppressions';
import type { FileKind, Range, TextEdit } from '../engine/types';

/**
 * The placeholder the user replaces. It is deliberately not a valid reason (SL002 reports it and the
 * comment suppresses nothing until it is replaced): an unedited placeholder is not an exception.
 */
export const REASON_PLACEHOLDER = '<reason>';

function insertAt(line: number, character: number, newText: string): TextEdit {
  const at = { line, character };
  return { range: { start: at, end: at }, newText };
}

/** The line a line-scoped suppression must sit above. */
export function suppressionTargetLine(kind: FileKind, dockerfile: DockerfileModel | undefined, range: Range): number {
  const line = range.start.line;
  if (kind === 'dockerfile' && dockerfile) {
    const instruction = dockerfile.ast.getInstructions().find((i) => i.getRange().start.line <= line && i.getRange().end.line >= line);
    if (instruction) return instruction.getRange().start.line;
  }
  return line;
}

export function lineSuppressionEdit(lines: LineIndex, kind: FileKind, dockerfile: DockerfileModel | undefined, range: Range, ruleId: string): TextEdit {
  const target = suppressionTargetLine(kind, dockerfile, range);
  const indent = /^[ \t]*/.exec(lines.lineText(target))?.[0] ?? '';
  return insertAt(target, 0, `${indent}${suppressionComment([ruleId], REASON_PLACEHOLDER)}${lines.eol}`);
}

export function fileSuppressionEdit(lines: LineIndex, ruleId: string): TextEdit {
  const comment = suppressionComment([ruleId], REASON_PLACEHOLDER, true);
  let line = 0;
  while (line < lines.lineCount && /^\s*#/.test(lines.lineText(line))) line++;
  if (line < lines.lineCount) return insertAt(line, 0, `${comment}${lines.eol}`);
  // Nothing but comments and no final line break: append a line.
  const last = lines.lineCount - 1;
  return insertAt(last, lines.lineText(last).length, `${lines.eol}${comment}`);
}

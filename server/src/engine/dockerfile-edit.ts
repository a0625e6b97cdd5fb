/**
 * Fix helpers for Dockerfiles: edits that keep the file's line breaks (CRLF stays CRLF) and the
 * indentation of the instructions around them. Positions come from dockerfile-ast ranges.
 */
import type { DockerfileModel, DockerStage } from './dockerfile';
import type { LineIndex } from './positions';
import type { TextEdit } from './types';

/** Instructions that only describe how the container starts; no build step runs after them. */
const START_INSTRUCTIONS = new Set(['CMD', 'ENTRYPOINT']);

function indentation(line: string): string {
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

/**
 * An edit that inserts one instruction line (`instruction`, no line break) into `stage` where it
 * takes effect for the running container but for no build step of the stage:
 * - before the stage's trailing CMD/ENTRYPOINT block, above the comment lines directly over it (so a
 *   doc or suppression comment stays attached to its instruction);
 * - otherwise after the stage's last instruction (its last line, so continuation lines and heredoc
 *   bodies stay whole).
 * The new line takes the indentation of the instruction it sits next to. Undefined when the stage
 * ends in a dangling line continuation, where any new line would be glued onto that instruction.
 */
export function insertAtStageEnd(model: DockerfileModel, lines: LineIndex, stage: DockerStage, instruction: string): TextEdit | undefined {
  const all = stage.instructions;
  let first = all.length;
  while (first > 0 && START_INSTRUCTIONS.has(all[first - 1]!.getKeyword())) first--;
  if (first < all.length) {
    const anchor = all[first]!;
    const previousEnd = (first > 0 ? all[first - 1]! : stage.from).getRange().end.line;
    let line = anchor.getRange().start.line;
    while (line - 1 > previousEnd && lines.lineText(line - 1).trim().startsWith('#')) line--;
    const at = lines.positionAt(lines.lineStartOffset(line));
    const indent = indentation(lines.lineText(anchor.getRange().start.line));
    return { range: { start: at, end: at }, newText: `${indent}${instruction}${lines.eol}` };
  }
  const last = all[all.length - 1] ?? stage.from;
  const range = last.getRange();
  const source = lines.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
  if (source.trimEnd().endsWith(model.ast.getEscapeCharacter())) return undefined;
  const at = lines.positionAt(lines.lineEndOffset(range.end.line));
  const indent = indentation(lines.lineText(range.start.line));
  return { range: { start: at, end: at }, newText: `${lines.eol}${indent}${instruction}` };
}

/**
 * An edit deleting a whole instruction: its lines (continuations included) with their line break,
 * or up to the end of the text for the last instruction.
 */
export function removeInstructionEdit(lines: LineIndex, instruction: { getRange(): { start: { line: number }; end: { line: number } } }): TextEdit {
  const range = instruction.getRange();
  const start = lines.lineStartOffset(range.start.line);
  const next = range.end.line + 1;
  const end = next < lines.lineCount ? lines.lineStartOffset(next) : lines.text.length;
  return { range: { start: lines.positionAt(start), end: lines.positionAt(end) }, newText: '' };
}

/**
 * The external images a Dockerfile builds on: each stage's `FROM` that names an image rather than
 * an earlier stage, with ARG variables resolved as Docker does. Shared by the provenance rules.
 */
import { parentStage, stageBaseImage, type DockerfileModel, type DockerStage, type Instruction } from './dockerfile';
import { instructionSource, parseShell, wordRange } from './dockerfile-shell';
import { isScratch, parseImageReference, type ImageReference } from './images';
import type { LineIndex } from './positions';
import type { Range } from './types';

export interface BaseImage {
  stage: DockerStage;
  /** The parsed reference after variable resolution. */
  ref: ImageReference;
  /** The image argument of the FROM line as written. */
  range: Range;
  /** The image as written (may contain `$VAR`). */
  written: string;
}

/**
 * FROM images that come from a registry: `scratch`, references to earlier stages and images whose
 * variables cannot be resolved (no evidence) are left out.
 */
export function externalBaseImages(model: DockerfileModel): BaseImage[] {
  const out: BaseImage[] = [];
  for (const stage of model.stages) {
    const written = stage.from.getImage();
    const range = stage.from.getImageRange();
    if (!written || !range || parentStage(model, stage)) continue;
    const resolved = stageBaseImage(model, stage);
    if (!resolved || isScratch(resolved)) continue;
    const ref = parseImageReference(resolved);
    if (!ref || ref.templated) continue;
    out.push({ stage, ref, range, written });
  }
  return out;
}

/** A source operand of COPY/ADD as written, with its range. */
export interface CopySource {
  text: string;
  range: Range;
}

/**
 * The source operands of a COPY or ADD in shell form: every argument but the flags and the
 * destination. Empty for the JSON form and for heredoc sources (`COPY <<EOF /x`), which carry
 * their content inline. Read from the source text (like RUN scripts), not `getArguments()`, which
 * dockerfile-ast recomputes on every call.
 */
export function copySources(model: DockerfileModel, lines: LineIndex, instruction: Instruction): CopySource[] {
  const { offset, text } = instructionSource(lines, instruction, model.ast.getEscapeCharacter());
  if (/^\s*\[/.test(text) || text.includes('<<')) return [];
  const words = parseShell(text, offset).flatMap((c) => [...c.assignments, ...c.words]);
  if (words.length < 2) return [];
  return words.slice(0, -1).map((w) => ({ text: w.text, range: wordRange(lines, w) }));
}

/** True for `http://`, `https://` and git sources (`git@host:repo`, `*.git`), which ADD fetches remotely. */
export function isRemoteSource(source: string): boolean {
  return /^(https?|ftp):\/\//i.test(source) || /^git@/.test(source) || /^[a-z]+:\/\/.*\.git(#.*)?$/i.test(source);
}

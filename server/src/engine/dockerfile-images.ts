/**
 * The external images a Dockerfile builds on: each stage's `FROM` that names an image rather than
 * an earlier stage, with ARG variables resolved as Docker does. Shared by the provenance rules.
 * Also the operands of COPY/ADD (shell and JSON form) and what a `COPY --from` names.
 */
import { JSONInstruction, ModifiableInstruction } from 'dockerfile-ast';
import { parentStage, resolveVariables, stageBaseImage, type DockerfileModel, type DockerStage, type Instruction } from './dockerfile';
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
  const operands = copyOperands(model, lines, instruction);
  return operands && !operands.json ? operands.sources : [];
}

/** True for `http://`, `https://` and git sources (`git@host:repo`, `*.git`), which ADD fetches remotely. */
export function isRemoteSource(source: string): boolean {
  return /^(https?|ftp):\/\//i.test(source) || /^git@/.test(source) || /^[a-z]+:\/\/.*\.git(#.*)?$/i.test(source);
}

/** The operands of a COPY/ADD: its sources and its destination, each as written with its range. */
export interface CopyOperands {
  sources: CopySource[];
  dest: CopySource;
  /** True for the JSON form (`COPY ["a", "b", "/dst/"]`), whose strings are read without quotes. */
  json: boolean;
}

/**
 * The sources and destination of a COPY or ADD in shell or JSON form. Undefined for heredoc sources
 * (`COPY <<EOF /x`), which carry their content inline, and for fewer than two operands.
 */
export function copyOperands(model: DockerfileModel, lines: LineIndex, instruction: Instruction): CopyOperands | undefined {
  const { offset, text } = instructionSource(lines, instruction, model.ast.getEscapeCharacter());
  if (/^\s*\[/.test(text)) {
    if (!(instruction instanceof JSONInstruction)) return undefined;
    const strings = instruction.getJSONStrings().map((s) => ({ text: s.getJSONValue(), range: s.getRange() }));
    return strings.length < 2 ? undefined : { sources: strings.slice(0, -1), dest: strings[strings.length - 1]!, json: true };
  }
  if (text.includes('<<')) return undefined;
  const words = parseShell(text, offset).flatMap((c) => [...c.assignments, ...c.words]);
  if (words.length < 2) return undefined;
  const operands = words.map((w) => ({ text: w.text, range: wordRange(lines, w) }));
  return { sources: operands.slice(0, -1), dest: operands[operands.length - 1]!, json: false };
}

/** What `COPY --from=<x>` copies from: an earlier stage of this Dockerfile or an image. */
export interface CopyFrom {
  /** The flag value as written, without quotes. */
  written: string;
  /** The range of the flag's value. */
  range: Range;
  /** The earlier stage it names (by `AS` name, case-insensitively, or by index), if any. */
  stage?: DockerStage;
  /** Otherwise the image reference, with variables resolved where they can be. */
  image?: string;
}

/**
 * The `--from` of a COPY in `stage`, or undefined without one. Docker resolves the value against the
 * stages defined before the COPY first (names case-insensitively, then numeric indexes) and treats
 * anything else as an image reference.
 */
export function copyFrom(model: DockerfileModel, stage: DockerStage, instruction: Instruction): CopyFrom | undefined {
  if (!(instruction instanceof ModifiableInstruction)) return undefined;
  const flag = instruction.getFlags().find((f) => f.getName() === 'from');
  const raw = flag?.getValue();
  const range = flag?.getValueRange();
  if (!flag || !raw || !range) return undefined;
  const written = raw.replace(/^(["'])(.*)\1$/, '$2');
  const value = resolveVariables(model, written, range.start.line) ?? written;
  const earlier = model.stages.slice(0, stage.index);
  const byName = earlier.find((s) => s.name !== undefined && s.name === value.toLowerCase());
  if (byName) return { written, range, stage: byName };
  if (/^\d+$/.test(value) && Number(value) < stage.index) return { written, range, stage: model.stages[Number(value)] };
  return { written, range, image: value };
}

/**
 * Dockerfile model over `dockerfile-ast`: stages and variable resolution. dockerfile-ast ranges are
 * LSP ranges already and pass through unchanged.
 */
import { DockerfileParser, type Dockerfile, type From, type Instruction } from 'dockerfile-ast';

export interface DockerStage {
  from: From;
  /** `AS name`, lower-cased, if any. */
  name: string | undefined;
  /** Instructions after FROM, up to the next FROM. */
  instructions: Instruction[];
  index: number;
}

export interface DockerfileModel {
  /**
   * The parsed file. In the editor it may be assembled from separately parsed segments
   * (dockerfile-cache.ts): its ranges and instructions are those of a full parse, but an
   * instruction's own back-reference to its Dockerfile is its segment's, so resolve variables
   * through `resolveVariables(model, …)`, never `Instruction.getVariables()`/`getExpandedArguments()`.
   */
  ast: Dockerfile;
  /** ARG instructions before the first FROM. */
  globalInstructions: Instruction[];
  stages: DockerStage[];
  /** The stage that produces the image (the last FROM), if any. */
  finalStage: DockerStage | undefined;
  /**
   * Facts derived from this parse by engine helpers (e.g. the shell reading of every RUN), computed
   * once per parse and shared by all rules; keyed by helper. The AST never changes after parsing,
   * so a memo here can never go stale.
   */
  derived: Map<string, unknown>;
  /**
   * Facts about single instructions that outlive one parse: the editor's segment cache
   * (dockerfile-cache.ts) reuses instruction objects across edits and hands its memo in here.
   * Absent for a plain parse. Entries must record whatever else they depend on (e.g. the
   * instruction's offset, which text before it can move) and be recomputed when that differs.
   */
  instructionMemo?: WeakMap<Instruction, Map<string, unknown>>;
}

/** The text dockerfile-ast parses: a leading BOM would glue onto the first keyword; a space keeps every offset where it was. */
export function dockerfileSource(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

export function parseDockerfile(text: string): DockerfileModel {
  return dockerfileModel(DockerfileParser.parse(dockerfileSource(text)));
}

/**
 * The model (stages, global ARGs, a fresh `derived` memo) over a parsed AST; shared by the full parse
 * and the incremental one (dockerfile-cache.ts), so both build the very same model.
 */
export function dockerfileModel(ast: Dockerfile): DockerfileModel {
  const globalInstructions: Instruction[] = [];
  const stages: DockerStage[] = [];
  for (const instruction of ast.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const from = instruction as From;
      stages.push({ from, name: from.getBuildStage()?.toLowerCase() ?? undefined, instructions: [], index: stages.length });
    } else if (stages.length === 0) {
      globalInstructions.push(instruction);
    } else {
      stages[stages.length - 1]!.instructions.push(instruction);
    }
  }
  return { ast, globalInstructions, stages, finalStage: stages[stages.length - 1], derived: new Map() };
}

/**
 * A fact about one instruction, computed once and kept across edits while the editor reuses the
 * instruction object (model.instructionMemo); computed afresh for a plain parse. `compute` may
 * depend only on the instruction's own text and its line/character ranges (fixed for a reused
 * object) and on the escape character (part of the key), never on document offsets, other
 * instructions or variables. Returned values are shared between parses: never mutate them.
 */
export function instructionFact<T>(model: DockerfileModel, instruction: Instruction, key: string, compute: () => T): T {
  const memo = model.instructionMemo;
  if (!memo) return compute();
  let facts = memo.get(instruction);
  if (!facts) memo.set(instruction, (facts = new Map()));
  const slot = `${key}\0${model.ast.getEscapeCharacter()}`;
  if (facts.has(slot)) return facts.get(slot) as T;
  const value = compute();
  facts.set(slot, value);
  return value;
}

/**
 * Expands `$VAR` / `${VAR}` / `${VAR:-default}` in `value` with the ARG/ENV values known at `line`.
 * Returns undefined when a variable's value cannot be known (no default, build-time argument).
 */
export function resolveVariables(model: DockerfileModel, value: string, line: number): string | undefined {
  let unknown = false;
  const resolved = value.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    let v: string | null | undefined;
    try {
      v = model.ast.resolveVariable(name, line);
    } catch {
      v = undefined;
    }
    if (op === '-' && (v === undefined || v === null || v === '')) return word ?? '';
    if (op === '+') return v ? (word ?? '') : '';
    if (v === undefined || v === null) {
      unknown = true;
      return '';
    }
    return v;
  });
  return unknown ? undefined : resolved;
}

/**
 * The image reference a stage starts from (`FROM [--flags] <image> [AS name]`), with ARG variables
 * resolved as Docker does for FROM (global ARGs only). Undefined when a variable cannot be known.
 */
export function stageBaseImage(model: DockerfileModel, stage: DockerStage): string | undefined {
  const raw = stage.from.getImage();
  if (raw === null) return undefined;
  return resolveVariables(model, raw, stage.from.getRange().start.line);
}

/**
 * The earlier stage a stage builds on (`FROM builder AS final`), or undefined when it starts from an
 * image. Docker matches stage names case-insensitively and only against stages defined before.
 */
export function parentStage(model: DockerfileModel, stage: DockerStage): DockerStage | undefined {
  const image = stageBaseImage(model, stage)?.toLowerCase();
  if (!image) return undefined;
  for (let i = stage.index - 1; i >= 0; i--) {
    if (model.stages[i]!.name === image) return model.stages[i];
  }
  return undefined;
}

export type { Instruction, From };

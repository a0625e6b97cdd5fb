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
}

export function parseDockerfile(text: string): DockerfileModel {
  // A leading BOM would glue onto the first keyword; a space keeps every offset where it was.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const ast = DockerfileParser.parse(source);
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

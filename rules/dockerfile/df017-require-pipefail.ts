import { parentStage, type DockerfileModel, type DockerStage, type Instruction } from '../../server/src/engine/dockerfile';
import { externalBaseImages } from '../../server/src/engine/dockerfile-images';
import { stageResource, stageRuns } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix, Range } from '../../server/src/engine/types';

/**
 * A shell-form RUN with a pipe, under a shell without `pipefail`. The shell in effect is the last
 * SHELL before the RUN in its stage, else the one inherited from the stage it is built FROM
 * (SHELL is part of the image config). Exec-form RUN has no pipes; PowerShell/cmd shells are
 * skipped; `set -o pipefail` anywhere in the script counts.
 * The quick fix inserts `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the stage's first such
 * RUN only when the base image is known to ship bash and the stage has no SHELL of its own;
 * otherwise it is a suggestion.
 */
const PIPEFAIL_SHELL = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]';
/** Images (last path component) that ship bash unless the tag says otherwise. */
const BASH_IMAGES = /^(debian|ubuntu|centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux|ubi[0-9]*|node|python|golang|ruby|openjdk|eclipse-temurin|amazoncorretto|maven|gradle|php|perl|rust|buildpack-deps|gcc|haskell|julia|r-base|elixir|erlang|clojure|swift|sdk)$/;
/** Builtins that print their arguments and do not fail: nothing is lost when they start a pipe. */
const QUIET_SOURCES = new Set(['echo', 'printf']);
const NO_BASH_TAG = /alpine|busybox|distroless|windows|nanoserver|servercore|minimal|micro/i;

function lastShell(stage: DockerStage, beforeLine: number): Instruction | undefined {
  let found: Instruction | undefined;
  for (const i of stage.instructions) {
    if (i.getRange().start.line >= beforeLine) break;
    if (i.getKeyword() === 'SHELL') found = i;
  }
  return found;
}

/** The SHELL in effect at `line` of `stage`, following the stage chain; undefined = the default /bin/sh. */
function shellInEffect(model: DockerfileModel, stage: DockerStage, line: number): Instruction | undefined {
  let current: DockerStage | undefined = stage;
  let limit = line;
  while (current) {
    const shell = lastShell(current, limit);
    if (shell) return shell;
    current = parentStage(model, current);
    limit = Number.POSITIVE_INFINITY;
  }
  return undefined;
}

function rootStage(model: DockerfileModel, stage: DockerStage): DockerStage {
  let current = stage;
  for (let parent = parentStage(model, current); parent; parent = parentStage(model, current)) current = parent;
  return current;
}

function bashCapable(model: DockerfileModel, stage: DockerStage): boolean {
  const root = rootStage(model, stage);
  const base = externalBaseImages(model).find((b) => b.stage === root);
  if (!base) return false;
  const name = base.ref.repository.replace(/^.*\//, '');
  return BASH_IMAGES.test(name) && !NO_BASH_TAG.test(base.ref.tag ?? '') && !NO_BASH_TAG.test(base.ref.repository);
}

export default defineRule({
  meta: {
    id: 'DF017',
    slug: 'require-pipefail',
    kind: 'dockerfile',
    title: 'Piped RUN commands must fail when any part fails',
    controls: ['CC6.8'],
    severity: 'warning',
    description:
      'A shell pipeline reports only the status of its last command: in `curl -fsSL URL | tar -xz` a failed or partial download still lets the build continue and produce an image with missing or corrupted content. Builds must stop on such failures so that only verified, complete software reaches the image (SOC 2 CC6.8). `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (inherited by stages built FROM the stage) or `set -o pipefail` in the script make the pipeline fail.',
    remediation: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (bash-based images), or start the script with `set -o pipefail &&` (ash and dash in recent busybox/Alpine support it too).',
    fix: 'quickfix',
    messages: {
      pipe: 'This RUN in stage "{{stage}}" pipes commands without pipefail: a failure before the last command is ignored and the build continues (SOC 2 CC6.8).',
    },
    peers: ['DL4006', 'KICS efbf148a'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    const insertions = new Map<DockerStage, Fix | undefined>();
    for (const { stage, instruction, script } of stageRuns(model, ctx.lines)) {
      if (script.execForm) continue;
      // A pipe whose left side is echo/printf cannot lose a failure: those do not fail.
      const piped = script.commands.find((c) => c.pipeTo !== undefined && !QUIET_SOURCES.has(c.words[0]?.text ?? ''));
      if (!piped || /pipefail/.test(script.text)) continue;
      const line = instruction.getRange().start.line;
      const shell = shellInEffect(model, stage, line);
      const shellText = shell?.getArgumentsContent() ?? '';
      if (/pipefail/.test(shellText) || /pwsh|powershell|cmd(\.exe)?"/i.test(shellText)) continue;
      // The `|` between the two commands: search the source between them.
      const from = piped.words[piped.words.length - 1]?.end ?? piped.assignments[piped.assignments.length - 1]!.end;
      const bar = ctx.text.indexOf('|', from);
      const range: Range = { start: ctx.lines.positionAt(bar), end: ctx.lines.positionAt(bar + 1) };
      if (!insertions.has(stage)) {
        let fix: Fix | undefined;
        if (!lastShell(stage, Number.POSITIVE_INFINITY)) {
          const at = ctx.lines.positionAt(ctx.lines.lineStartOffset(line));
          const indent = /^[ \t]*/.exec(ctx.lines.lineText(line))?.[0] ?? '';
          fix = { title: 'Use bash with pipefail for this stage (SHELL)', edits: [{ range: { start: at, end: at }, newText: `${indent}${PIPEFAIL_SHELL}${ctx.lines.eol}` }] };
        }
        insertions.set(stage, fix);
      }
      const fix = insertions.get(stage);
      const certain = fix !== undefined && bashCapable(model, stage);
      // Otherwise: `set -o pipefail` in the script itself works in bash, busybox ash and recent dash.
      const first = script.commands[0]?.assignments[0] ?? script.commands[0]?.words[0];
      const at = first && !first.text.startsWith('<<') ? ctx.lines.positionAt(first.start) : undefined;
      const prefix: Fix | undefined = at && { title: 'Start this RUN with set -o pipefail', edits: [{ range: { start: at, end: at }, newText: 'set -o pipefail && ' }] };
      ctx.report({
        messageId: 'pipe',
        range,
        data: { stage: stageResource(stage).name },
        resource: stageResource(stage),
        fix: certain ? fix : undefined,
        suggestions: !certain && prefix ? [prefix] : undefined,
      });
    }
  },
});

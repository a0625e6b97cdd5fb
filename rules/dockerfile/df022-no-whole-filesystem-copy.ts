import { parentStage, resolveVariables, type DockerfileModel, type DockerStage } from '../../server/src/engine/dockerfile';
import { copyFrom, copyOperands } from '../../server/src/engine/dockerfile-images';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import type { LineIndex } from '../../server/src/engine/positions';
import { defineRule } from '../../server/src/engine/rule';
import type { Range } from '../../server/src/engine/types';

/**
 * `COPY --from=<stage|image> / <dest>`: the whole filesystem of another stage or image. With
 * `--from`, a source path is resolved against the root of that stage or image (its WORKDIR is not
 * used), so `.`, `./`, `/.`, `//` and the top-level glob `*` all mean the whole filesystem.
 *
 * Unlike hadolint DL3067, which only reports a copy into `/`, any destination is reported: the
 * passwd/shadow files, setuid binaries, package-manager state and left-over secrets are in the
 * image's layers wherever they land. Only stages that end up in the image are checked (the final
 * stage, the stages it is built FROM, and stages it copies wholesale), so a test stage that copies
 * a builder's filesystem is left alone.
 */

/** True when a `COPY --from` source path names the root of the other stage or image (or all of its top level). */
function isWholeFilesystem(path: string): boolean {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.length === 0 || (parts.length === 1 && parts[0] === '*');
}

interface WholeCopy {
  stage: DockerStage;
  source: { text: string; range: Range };
  dest: string;
  from: string;
  fromStage: DockerStage | undefined;
}

function wholeCopies(model: DockerfileModel, lines: LineIndex, stage: DockerStage): WholeCopy[] {
  const out: WholeCopy[] = [];
  for (const instruction of stage.instructions) {
    if (instruction.getKeyword() !== 'COPY') continue;
    const from = copyFrom(model, stage, instruction);
    const operands = from && copyOperands(model, lines, instruction);
    if (!from || !operands) continue;
    const line = instruction.getRange().start.line;
    const source = operands.sources.find((s) => {
      const resolved = s.text.includes('$') ? resolveVariables(model, s.text, line) : s.text;
      return resolved !== undefined && isWholeFilesystem(resolved);
    });
    if (!source) continue;
    const what = from.stage ? `stage "${from.stage.name ?? from.stage.index}"` : `image "${from.image ?? from.written}"`;
    out.push({ stage, source, dest: operands.dest.text, from: what, fromStage: from.stage });
  }
  return out;
}

/** The stages whose files end up in the image: the final stage, its FROM chain and whole-copied stages. */
function imageStages(model: DockerfileModel, lines: LineIndex): Map<DockerStage, WholeCopy[]> {
  const out = new Map<DockerStage, WholeCopy[]>();
  const pending = model.finalStage ? [model.finalStage] : [];
  while (pending.length > 0) {
    const stage = pending.pop()!;
    if (out.has(stage)) continue;
    const copies = wholeCopies(model, lines, stage);
    out.set(stage, copies);
    const parent = parentStage(model, stage);
    if (parent) pending.push(parent);
    for (const c of copies) if (c.fromStage) pending.push(c.fromStage);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'DF022',
    slug: 'no-whole-filesystem-copy',
    kind: 'dockerfile',
    title: 'Do not copy the entire filesystem of another stage or image',
    controls: ['CC6.8', 'CC6.7'],
    severity: 'warning',
    description:
      '`COPY --from=<stage or image> / <dest>` brings everything the other stage or image holds into this image: its users and groups, setuid binaries, package-manager databases and caches, compilers, and any credential a build step wrote and forgot to delete. None of it is visible in the Dockerfile that ships it, so reviewers and scanners of this image cannot tell what it contains, and secrets from the build stage travel to every registry that stores it. Multi-stage builds exist so that only the built artefacts cross into the runtime image. SOC 2 CC6.8 expects control over what software enters an image, CC6.7 that credentials stay where they are needed. Only stages that end up in the image are checked; with `--from` a source path is read from the root of the other stage, so `.` and `/.` count as the whole filesystem.',
    remediation:
      'Copy only the paths the image needs (`COPY --from=build /out/app /usr/local/bin/app`, plus any runtime files such as CA certificates). If flattening a sanitised stage into `scratch` is deliberate, keep the copy and suppress the finding with the reason.',
    fix: 'none',
    messages: {
      wholeFilesystem:
        'COPY brings the whole filesystem of {{from}} into stage "{{stage}}" (at {{dest}}): its users, setuid binaries, package-manager state and any secrets left by its build come along; copy only the paths the image needs (SOC 2 CC6.8).',
    },
    peers: ['DL3067'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    // lintDocument orders findings by position, so the traversal order does not matter.
    for (const copies of imageStages(model, ctx.lines).values()) {
      for (const c of copies) {
        const resource = stageResource(c.stage);
        ctx.report({ messageId: 'wholeFilesystem', range: c.source.range, data: { from: c.from, stage: resource.name, dest: c.dest }, resource });
      }
    }
  },
});

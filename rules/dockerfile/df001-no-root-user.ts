import { parentStage, resolveVariables, stageBaseImage, type DockerfileModel, type DockerStage, type Instruction } from '../../server/src/engine/dockerfile';
import { insertAtStageEnd } from '../../server/src/engine/dockerfile-edit';
import type { LineIndex } from '../../server/src/engine/positions';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix, Range, ResourceRef, TextEdit } from '../../server/src/engine/types';

/**
 * The image a Dockerfile builds runs as whatever user its final stage ends with. Decisions (also in
 * the rule description, so they reach the docs):
 * - Only the final stage counts; a builder stage may run as root, its files are copied out.
 * - A stage without USER inherits the user of the earlier stage it is built FROM; the chain is
 *   followed through stage names. An external base image's default user cannot be seen from the
 *   repository, so "no USER anywhere in the chain" is reported (the image default is usually root).
 * - `FROM scratch` without USER is reported: the process runs as UID 0, and a numeric USER works in
 *   an image without /etc/passwd, so the fix applies as is.
 * - A base image whose tag says `nonroot` (distroless `:nonroot`, `:debug-nonroot`) declares a
 *   non-root default user in its reference; that is the one signal taken from an image name.
 * - `USER $VAR` is resolved with the ARG/ENV values Docker would use; an unknown value is not
 *   reported (no guessing).
 * - ONBUILD USER affects images built FROM this one, not this image, so it is ignored.
 */

/** Numeric, so the kubelet can verify `runAsNonRoot`; above 10000, clear of host system users. */
const NON_ROOT_USER = '10001:10001';

type StageUser =
  | { kind: 'explicit'; stage: DockerStage; instruction: Instruction; written: string; value: string | undefined }
  | { kind: 'image-non-root' }
  | { kind: 'none' };

/** The last USER a stage sets itself, ignoring ONBUILD triggers. */
function lastUserInstruction(stage: DockerStage): Instruction | undefined {
  for (let i = stage.instructions.length - 1; i >= 0; i--) {
    if (stage.instructions[i]!.getKeyword() === 'USER') return stage.instructions[i];
  }
  return undefined;
}

function userArgumentsRange(instruction: Instruction): Range | undefined {
  const args = instruction.getArguments();
  if (args.length === 0) return undefined;
  return { start: args[0]!.getRange().start, end: args[args.length - 1]!.getRange().end };
}

/** The user a stage ends with: its own last USER, else its parent stage's, else what its base image declares. */
function effectiveUser(model: DockerfileModel, stage: DockerStage): StageUser {
  for (let current: DockerStage | undefined = stage; current; current = parentStage(model, current)) {
    const instruction = lastUserInstruction(current);
    if (instruction) {
      const written = instruction.getArguments().map((a) => a.getValue()).join(' ');
      // Docker removes quotes when it expands USER's argument.
      const resolved = resolveVariables(model, written, instruction.getRange().start.line);
      return { kind: 'explicit', stage: current, instruction, written, value: resolved?.replace(/["']/g, '') };
    }
    if (!parentStage(model, current) && declaresNonRootDefault(stageBaseImage(model, current))) return { kind: 'image-non-root' };
  }
  return { kind: 'none' };
}

/** True for a tag that names a non-root variant: `nonroot`, `debug-nonroot`, `nonroot-amd64`. */
function declaresNonRootDefault(image: string | undefined): boolean {
  if (!image) return false;
  const withoutDigest = image.split('@')[0]!;
  const colon = withoutDigest.lastIndexOf(':');
  if (colon < 0 || colon < withoutDigest.lastIndexOf('/')) return false;
  return /(^|[-_.])nonroot($|[-_.])/i.test(withoutDigest.slice(colon + 1));
}

/** `root`, UID 0 (also `0000`), with or without a group. */
function isRoot(value: string): boolean {
  const user = value.trim().split(':')[0]!;
  return user === 'root' || /^0+$/.test(user);
}

function stageResource(stage: DockerStage): ResourceRef {
  return { kind: 'Stage', name: stage.name ?? String(stage.index) };
}

function insertUserFix(model: DockerfileModel, lines: LineIndex, stage: DockerStage): Fix | undefined {
  const edit = insertAtStageEnd(model, lines, stage, `USER ${NON_ROOT_USER}`);
  return edit && { title: `Run the final stage as non-root user ${NON_ROOT_USER}`, edits: [edit] };
}

export default defineRule({
  meta: {
    id: 'DF001',
    slug: 'no-root-user',
    kind: 'dockerfile',
    title: 'Images must not run as root',
    controls: ['CC6.1'],
    severity: 'error',
    description:
      'A container whose user is root gives every process in it, and anyone who compromises one, full control of the container and the best starting point to escape it. SOC 2 least privilege (CC6.1) expects workloads to run with no more rights than they need. The image runs as the last `USER` of its final stage; a final stage without `USER` inherits the user of the stage it is built from, and an image default when the chain reaches an external image, which is root for almost every base image, so that is reported too (`FROM scratch` included: its process runs as UID 0). Build stages other than the final one may use root. `USER` values from `ARG`/`ENV` are resolved the way Docker does (a global `ARG` counts only when the stage declares it again); a value that cannot be known is not reported. A base image whose tag names a non-root variant (`:nonroot`, as distroless publishes) counts as setting a non-root user.',
    remediation:
      'Add `USER <uid>:<gid>` with a numeric non-root id (e.g. `USER 10001:10001`) to the final stage after the build steps that need root, usually just before `ENTRYPOINT`/`CMD`. Make sure the files the application writes are owned by that user (`COPY --chown=10001:10001`). The quick fix inserts `USER 10001:10001` before the final `ENTRYPOINT`/`CMD` block, or replaces an explicit `USER root` when no `RUN` follows it.',
    fix: 'quickfix',
    messages: {
      rootUser: 'The final stage runs as root (USER {{user}}), so every process in the container has root privileges; SOC 2 least privilege (CC6.1) calls for a non-root user.',
      inheritedRoot: 'The final stage sets no USER and inherits root (USER {{user}}) from stage "{{stage}}", so every process in the container has root privileges; SOC 2 least privilege (CC6.1) calls for a non-root user.',
      missingUser: 'No USER is set in the final stage (FROM {{image}}) or the stages it builds on, so the container runs as root by default; SOC 2 least privilege (CC6.1) calls for a non-root user.',
    },
    peers: ['hadolint DL3002', 'Trivy DS-0002', 'CKV_DOCKER_3', 'CKV_DOCKER_8', 'KICS 67fd0c4a last_user_is_root', 'KICS fd54f200 missing_user_instruction'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    const final = model?.finalStage;
    if (!model || !final) return;
    const user = effectiveUser(model, final);
    const resource = stageResource(final);
    if (user.kind === 'image-non-root') return;
    if (user.kind === 'none') {
      ctx.report({ messageId: 'missingUser', range: final.from.getRange(), data: { image: final.from.getImage() ?? '?' }, resource, fix: insertUserFix(model, ctx.lines, final) });
      return;
    }
    if (user.value === undefined || !isRoot(user.value)) return;
    const shown = user.value === user.written ? user.written : `${user.written} (= ${user.value})`;
    if (user.stage !== final) {
      ctx.report({ messageId: 'inheritedRoot', range: final.from.getRange(), data: { user: shown, stage: user.stage.name ?? '' }, resource, fix: insertUserFix(model, ctx.lines, final) });
      return;
    }
    const argumentRange = userArgumentsRange(user.instruction);
    if (!argumentRange) return;
    // Build steps after an explicit `USER root` need root: keep it and switch user after them.
    const laterRun = final.instructions.some((i) => i.getKeyword() === 'RUN' && i.getRange().start.line > user.instruction.getRange().end.line);
    const replace: TextEdit = { range: argumentRange, newText: NON_ROOT_USER };
    if (laterRun) {
      ctx.report({ messageId: 'rootUser', range: argumentRange, data: { user: shown }, resource, fix: insertUserFix(model, ctx.lines, final) });
    } else if (user.value === user.written.replace(/["']/g, '')) {
      ctx.report({ messageId: 'rootUser', range: argumentRange, data: { user: shown }, resource, fix: { title: `Replace USER ${user.written} with non-root ${NON_ROOT_USER}`, edits: [replace] } });
    } else {
      // The value comes from a build argument or ENV: replacing it drops that knob, which is a choice.
      ctx.report({
        messageId: 'rootUser',
        range: argumentRange,
        data: { user: shown },
        resource,
        suggestions: [{ title: `Replace USER ${user.written} with non-root ${NON_ROOT_USER}`, edits: [replace] }],
      });
    }
  },
});

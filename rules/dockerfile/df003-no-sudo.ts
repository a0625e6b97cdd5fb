import { programOf, removeWordsEdit, stageResource, stageRuns, wordRange } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

/**
 * `sudo` as a command in RUN (also after `&&`, in pipes and heredoc scripts). `apt-get install sudo`
 * installs the tool and is not a use of it; that is left alone.
 */
export default defineRule({
  meta: {
    id: 'DF003',
    slug: 'no-sudo',
    kind: 'dockerfile',
    title: 'RUN must not use sudo',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'Build steps already run as the stage\'s `USER`; `sudo` in a `RUN` means the image grants a user the right to become root, usually through a `sudoers` entry that stays in the final image. Anyone who gets a shell in the container can then escalate, which defeats the least-privilege boundary SOC 2 CC6.1 expects. Its TTY and signal handling is also unpredictable in builds.',
    remediation:
      'Run the privileged step as root (`USER root` before it) and switch back to the unprivileged user (`USER 10001`) afterwards; do not install or configure sudo in the final image. At runtime, use a process supervisor such as `gosu` only in entrypoints that drop privileges.',
    fix: 'suggestion',
    messages: {
      sudo: 'RUN uses sudo in stage "{{stage}}": the image lets a user become root; run the step under USER root and switch back instead (SOC 2 CC6.1).',
    },
    peers: ['DL3004', 'DS-0010', 'CKV2_DOCKER_1', 'KICS 8ada6e80'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const { stage, script } of stageRuns(model, ctx.lines)) {
      for (const command of script.commands) {
        const first = command.words[0];
        if (!first || first.text.replace(/^.*\//, '') !== 'sudo') continue;
        // Only the plain `sudo <cmd>` form can be unwrapped; options like `-u app` change the meaning.
        const program = programOf(command);
        const plain = program && command.words[1] === program.word;
        ctx.report({
          messageId: 'sudo',
          range: wordRange(ctx.lines, first),
          data: { stage: stageResource(stage).name },
          resource: stageResource(stage),
          suggestions: plain ? [{ title: 'Remove sudo (the step must then run as root: add USER root before it)', edits: [removeWordsEdit(ctx.lines, [first])] }] : undefined,
        });
      }
    }
  },
});

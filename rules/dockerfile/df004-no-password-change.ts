import { programOf, stageResource, stageRuns, wordRange } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

/**
 * Password manipulation in a build step: `chpasswd`, `passwd <user>` with input, `usermod -p`,
 * `useradd -p`. `passwd -l`/`-d` (lock or delete a password) harden the image and are not reported.
 */
const PASSWORD_FLAGS = new Set(['-p', '--password']);

export default defineRule({
  meta: {
    id: 'DF004',
    slug: 'no-password-change',
    kind: 'dockerfile',
    title: 'RUN must not set account passwords',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'Setting a password in a build step (`chpasswd`, `usermod -p`, `useradd -p`, `passwd`) bakes a shared credential into every container started from the image, and the password or its hash is recorded in the Dockerfile and the layer. Containers should not be logged into with passwords at all; SOC 2 CC6.1 expects access through individually assigned, revocable credentials. Locking a password (`passwd -l`) is fine.',
    remediation:
      'Remove the password step. Create users without a password (`useradd --no-log-init -r app`, `adduser -D app`), and use `kubectl exec`/`docker exec` for administration. If a service needs a credential, inject it at runtime from a secret store.',
    fix: 'none',
    messages: {
      password: '"{{command}}" sets an account password in stage "{{stage}}": the credential is shared by every container from this image and stored in its history (SOC 2 CC6.1).',
    },
    peers: ['CKV2_DOCKER_17'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const { stage, script } of stageRuns(model, ctx.lines)) {
      for (const command of script.commands) {
        const program = programOf(command);
        if (!program) continue;
        const args = program.args.map((a) => a.text);
        const sets =
          program.name === 'chpasswd' ||
          (program.name === 'passwd' && command.pipedFrom !== undefined) ||
          (program.name === 'passwd' && args.includes('--stdin')) ||
          ((program.name === 'usermod' || program.name === 'useradd') && args.some((a) => PASSWORD_FLAGS.has(a) || a.startsWith('--password=')));
        if (!sets) continue;
        ctx.report({ messageId: 'password', range: wordRange(ctx.lines, program.word), data: { command: program.name, stage: stageResource(stage).name }, resource: stageResource(stage) });
      }
    }
  },
});

import { resolveVariables } from '../../server/src/engine/dockerfile';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

/**
 * WORKDIR pointing into an operating-system directory. `/` is left alone (official images use
 * `WORKDIR /` to reset), as are `/root`, `/tmp`, `/opt`, `/srv`, `/usr/src` and `/usr/local`:
 * ordinary places for build work.
 */
const SYSTEM_DIRS = new Set([
  '/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/proc', '/sbin', '/sys', '/run', '/var/run',
  '/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/lib64', '/usr/local/bin', '/usr/local/sbin',
]);

export default defineRule({
  meta: {
    id: 'DF006',
    slug: 'no-workdir-system-dir',
    kind: 'dockerfile',
    title: 'WORKDIR must not be a system directory',
    controls: ['CC6.2', 'CC6.3'],
    severity: 'warning',
    description:
      'A `WORKDIR` in an operating-system directory (`/etc`, `/usr/bin`, `/proc`, ...) makes every relative `COPY`, `ADD` and `RUN` of the stage write among system files: application files can overwrite binaries or configuration, and the application needs write access to directories that guard the system. Keeping application files apart from system files is a basic access-control boundary (SOC 2 CC6.2/CC6.3).',
    remediation: 'Use a dedicated application directory, e.g. `WORKDIR /app`, owned by the application user.',
    fix: 'suggestion',
    messages: {
      system: 'WORKDIR {{dir}} is a system directory: relative COPY/RUN steps of stage "{{stage}}" write among system files; use an application directory such as /app (SOC 2 CC6.2/CC6.3).',
    },
    peers: ['DS-0030'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'WORKDIR') continue;
        const range = instruction.getArgumentsRange();
        const written = instruction.getArgumentsContent();
        if (!range || !written) continue;
        const dir = resolveVariables(model, written.trim().replace(/^(["'])(.*)\1$/, '$2'), range.start.line);
        if (!dir) continue;
        const normalized = dir.replace(/\/+$/, '').replace(/\/+/g, '/');
        if (!SYSTEM_DIRS.has(normalized)) continue;
        ctx.report({
          messageId: 'system',
          range,
          data: { dir: normalized, stage: stageResource(stage).name },
          resource: stageResource(stage),
          suggestions: [{ title: 'Use WORKDIR /app', edits: [{ range, newText: '/app' }] }],
        });
      }
    }
  },
});

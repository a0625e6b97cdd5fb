import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  meta: {
    id: 'DF021',
    slug: 'no-maintainer',
    kind: 'dockerfile',
    title: 'Use the OCI authors label instead of MAINTAINER',
    controls: ['CC7.3'],
    severity: 'info',
    description:
      '`MAINTAINER` is deprecated: tools that read image metadata look for the OCI label `org.opencontainers.image.authors`, so an owner recorded only with `MAINTAINER` is invisible to registries, scanners and inventories. Knowing who owns an image is part of the traceability SOC 2 CC7.3 relies on when a security event has to be routed to someone.',
    remediation: 'Replace `MAINTAINER name <email>` with `LABEL org.opencontainers.image.authors="name <email>"`.',
    fix: 'quickfix',
    messages: {
      maintainer: 'MAINTAINER is deprecated and invisible to metadata tools; record the owner with LABEL org.opencontainers.image.authors (SOC 2 CC7.3).',
    },
    peers: ['DL4000', 'DS-0022', 'CKV_DOCKER_6', 'BuildKit MaintainerDeprecated'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'MAINTAINER') continue;
        const args = instruction.getArgumentsRange();
        const value = (instruction.getArgumentsContent() ?? '').trim().replace(/^"(.*)"$/, '$1');
        const keywordRange = instruction.getInstructionRange();
        // Only single-line values are rewritten: a continuation inside MAINTAINER is too odd to guess.
        const fix =
          args && args.start.line === args.end.line && value
            ? { title: 'Replace MAINTAINER with LABEL org.opencontainers.image.authors', edits: [{ range: { start: keywordRange.start, end: args.end }, newText: `LABEL org.opencontainers.image.authors="${value.replace(/(["\\])/g, '\\$1')}"` }] }
            : undefined;
        ctx.report({ messageId: 'maintainer', range: keywordRange, resource: stageResource(stage), fix });
      }
    }
  },
});

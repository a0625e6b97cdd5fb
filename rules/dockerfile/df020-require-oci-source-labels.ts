import { parentStage, type DockerStage } from '../../server/src/engine/dockerfile';
import { insertAtStageEnd } from '../../server/src/engine/dockerfile-edit';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

/**
 * The final image should say where it was built from: `org.opencontainers.image.source` and
 * `.revision`. Labels set in the stages the final stage builds on count (labels are inherited).
 * Many pipelines add them at build time (`docker buildx build --label`, docker/metadata-action), so
 * the rule is in the strict profile. The suggestion wires both to build arguments the CI fills in.
 */
const REQUIRED = ['org.opencontainers.image.source', 'org.opencontainers.image.revision'] as const;
const ARGS: Record<(typeof REQUIRED)[number], string> = {
  'org.opencontainers.image.source': 'VCS_URL',
  'org.opencontainers.image.revision': 'VCS_REF',
};

export default defineRule({
  meta: {
    id: 'DF020',
    slug: 'require-oci-source-labels',
    kind: 'dockerfile',
    title: 'Images should record their source repository and revision',
    controls: ['CC7.3'],
    severity: 'info',
    profile: 'strict',
    description:
      'When an incident involves a running container, responders must get from the image to the code that built it. The OCI labels `org.opencontainers.image.source` (repository URL) and `org.opencontainers.image.revision` (commit) make that link part of the image, which is the traceability SOC 2 CC7.3 relies on to evaluate security events. Labels of the stages the final stage builds on count. The rule is in the `strict` profile because many pipelines add these labels at build time instead (`--label`, docker/metadata-action).',
    remediation: 'Declare `ARG VCS_URL` and `ARG VCS_REF` in the final stage and add `LABEL org.opencontainers.image.source=$VCS_URL org.opencontainers.image.revision=$VCS_REF`; pass them from CI (`--build-arg VCS_REF=$(git rev-parse HEAD)`), or set the labels with `docker buildx build --label`.',
    fix: 'suggestion',
    messages: {
      missing: 'The image does not record {{labels}}: responders cannot trace a running container back to its code (SOC 2 CC7.3).',
    },
    peers: ['DL3048', 'DL3049'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    const final = model?.finalStage;
    if (!model || !final) return;
    const present = new Set<string>();
    for (let s: DockerStage | undefined = final; s; s = parentStage(model, s)) {
      for (const i of s.instructions) {
        if (i.getKeyword() !== 'LABEL') continue;
        // Label keys are the `key=` parts; quotes around keys are allowed.
        for (const m of (i.getArgumentsContent() ?? '').matchAll(/["']?(org\.opencontainers\.image\.[a-z.]+)["']?\s*=/g)) present.add(m[1]!);
      }
    }
    const missing = REQUIRED.filter((k) => !present.has(k));
    if (missing.length === 0) return;
    const eol = ctx.lines.eol;
    const text = [...missing.map((k) => `ARG ${ARGS[k]}`), `LABEL ${missing.map((k) => `${k}=$${ARGS[k]}`).join(' ')}`].join(eol);
    const edit = insertAtStageEnd(model, ctx.lines, final, text);
    ctx.report({
      messageId: 'missing',
      range: final.from.getRange(),
      data: { labels: missing.join(' and ') },
      resource: stageResource(final),
      suggestions: edit && [{ title: `Add ${missing.join(' and ')} from build arguments`, edits: [edit] }],
    });
  },
});

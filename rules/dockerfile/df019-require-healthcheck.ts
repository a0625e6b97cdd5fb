import { parentStage, resolveVariables, type DockerfileModel, type DockerStage } from '../../server/src/engine/dockerfile';
import { insertAtStageEnd } from '../../server/src/engine/dockerfile-edit';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';

/**
 * The final stage (and the stages it builds on) declares no HEALTHCHECK. `HEALTHCHECK NONE` is an
 * explicit decision and counts as declared. The suggestion probes the first EXPOSEd TCP port over
 * HTTP, so it is only offered when the image exposes one; the probe command is a choice to review.
 */
function chain(model: DockerfileModel, stage: DockerStage): DockerStage[] {
  const out: DockerStage[] = [];
  for (let s: DockerStage | undefined = stage; s; s = parentStage(model, s)) out.push(s);
  return out;
}

export default defineRule({
  meta: {
    id: 'DF019',
    slug: 'require-healthcheck',
    kind: 'dockerfile',
    title: 'Images should declare a HEALTHCHECK',
    controls: ['CC7.2'],
    severity: 'info',
    profile: 'strict',
    description:
      'A `HEALTHCHECK` lets Docker and Compose notice a container that runs but no longer serves, mark it unhealthy and surface that to monitoring. Without it a hung service looks healthy, and the anomaly SOC 2 CC7.2 asks to detect goes unseen. In Kubernetes, liveness and readiness probes do this job and Docker\'s HEALTHCHECK is ignored, which is why this rule is in the `strict` profile. `HEALTHCHECK NONE` counts as a decision and is accepted.',
    remediation: 'Add a cheap check of the service to the final stage, e.g. `HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD curl -fsS http://localhost:8080/healthz || exit 1` (use a tool that exists in the image), or `HEALTHCHECK NONE` when orchestration probes cover it.',
    fix: 'suggestion',
    messages: {
      missing: 'The image (final stage FROM {{image}}) declares no HEALTHCHECK: a hung service looks healthy to Docker and monitoring (SOC 2 CC7.2).',
    },
    peers: ['DL3057', 'DS-0026', 'CKV_DOCKER_2', 'KICS b03a748a'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    const final = model?.finalStage;
    if (!model || !final) return;
    const stages = chain(model, final);
    if (stages.some((s) => s.instructions.some((i) => i.getKeyword() === 'HEALTHCHECK'))) return;
    let port: string | undefined;
    for (const s of stages) {
      for (const i of s.instructions) {
        if (port || i.getKeyword() !== 'EXPOSE') continue;
        const first = i.getArguments()[0];
        const value = first && resolveVariables(model, first.getValue(), i.getRange().start.line);
        if (value && /^\d+(\/tcp)?$/i.test(value)) port = value.replace(/\/tcp$/i, '');
      }
    }
    let suggestion: Fix | undefined;
    if (port) {
      const edit = insertAtStageEnd(model, ctx.lines, final, `HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD curl -fsS http://localhost:${port}/ || exit 1`);
      if (edit) suggestion = { title: `Add an HTTP HEALTHCHECK on port ${port}`, edits: [edit] };
    }
    ctx.report({ messageId: 'missing', range: final.from.getRange(), data: { image: final.from.getImage() ?? '?' }, resource: stageResource(final), suggestions: suggestion && [suggestion] });
  },
});

import { externalBaseImages } from '../../server/src/engine/dockerfile-images';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { isTrustedRegistry } from '../../server/src/engine/images';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  meta: {
    id: 'DF011',
    slug: 'require-trusted-registry',
    kind: 'dockerfile',
    title: 'Base images must come from a trusted registry',
    controls: ['CC6.8'],
    severity: 'warning',
    description:
      'When an organisation lists the registries it trusts (`trustedRegistries` in `.soc2lint.yaml`), a base image from anywhere else is software whose origin has not been approved: it may skip the mirror that scans and signs images. SOC 2 CC6.8 expects only authorised software to enter the system. The rule is silent until the list is configured; registry-less names resolve to `docker.io`, and an entry may be a host, a host with a path prefix (`gcr.io/my-project`) or a wildcard (`*.example.com`).',
    remediation: 'Pull the base image through an approved registry (e.g. your mirror `registry.example.com/dockerhub/library/node:20`), or add the registry to `trustedRegistries` after review.',
    fix: 'none',
    messages: {
      untrusted: 'FROM {{image}} pulls from registry "{{registry}}", which is not in trustedRegistries: the origin of this software is not approved (SOC 2 CC6.8).',
    },
    peers: ['DL3026', 'KSV-0125'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    const trusted = ctx.config.trustedRegistries;
    if (!model || trusted.length === 0) return;
    for (const { stage, ref, range } of externalBaseImages(model)) {
      if (isTrustedRegistry(ref, trusted) !== false) continue;
      ctx.report({ messageId: 'untrusted', range, data: { image: ref.raw, registry: ref.registry }, resource: stageResource(stage) });
    }
  },
});

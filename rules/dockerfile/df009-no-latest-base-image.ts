import { externalBaseImages } from '../../server/src/engine/dockerfile-images';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { isLatestOrUntagged } from '../../server/src/engine/images';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  meta: {
    id: 'DF009',
    slug: 'no-latest-base-image',
    kind: 'dockerfile',
    title: 'FROM must name a version tag, not latest',
    controls: ['CC6.8'],
    severity: 'warning',
    description:
      'A base image without a tag, or with `:latest`, is whatever the registry serves at build time: two builds of the same commit can contain different software, and a compromised or broken upstream release enters the image unreviewed. SOC 2 CC6.8 expects the software that goes into a system to be identified and changed deliberately. `scratch`, references to earlier stages and images whose build arguments have no default are not reported; a digest pins the content, so `image@sha256:…` is accepted.',
    remediation: 'Name an explicit version tag (`FROM node:20.11-bookworm-slim`), ideally with its digest (`FROM node:20.11-bookworm-slim@sha256:…`), and update it on purpose, e.g. with Renovate or Dependabot.',
    fix: 'none',
    messages: {
      untagged: 'FROM {{image}} has no tag and pulls "latest": the base image can change between builds without review; name a version (SOC 2 CC6.8).',
      latest: 'FROM {{image}} uses the moving "latest" tag: the base image can change between builds without review; name a version (SOC 2 CC6.8).',
    },
    peers: ['DL3006', 'DL3007', 'DS-0001', 'CKV_DOCKER_7', 'KICS 9efb0b2d', 'KICS f45ea400'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const { stage, ref, range } of externalBaseImages(model)) {
      if (isLatestOrUntagged(ref) !== true) continue;
      ctx.report({ messageId: ref.tag === undefined ? 'untagged' : 'latest', range, data: { image: ref.raw }, resource: stageResource(stage) });
    }
  },
});

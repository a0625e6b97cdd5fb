import { externalBaseImages } from '../../server/src/engine/dockerfile-images';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { isDigestPinned } from '../../server/src/engine/images';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  meta: {
    id: 'DF010',
    slug: 'require-base-image-digest',
    kind: 'dockerfile',
    title: 'FROM should pin the base image by digest',
    controls: ['CC6.8'],
    severity: 'info',
    profile: 'strict',
    description:
      'Tags are mutable: a registry can serve different content under `node:20.11` tomorrow, by a republished patch or a compromised account. Only a digest (`@sha256:…`) identifies exactly the bytes that were reviewed, which is what SOC 2 CC6.8 asks of software entering a system. It is in the `strict` profile because pinning needs tooling (Renovate, Dependabot) to keep digests fresh. `scratch`, earlier stages and unresolvable build arguments are not reported.',
    remediation: 'Append the digest of the tag you reviewed: `FROM node:20.11-bookworm-slim@sha256:<digest>` (find it with `docker buildx imagetools inspect node:20.11-bookworm-slim`), and let a dependency bot update tag and digest together.',
    fix: 'none',
    messages: {
      digest: 'FROM {{image}} is not pinned by digest: the tag can be re-pointed to different content; append @sha256:… (SOC 2 CC6.8).',
    },
    peers: ['CKV_K8S_43', 'KICS 7c81d34c', 'Docker Scout not_pinned_digest'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const { stage, ref, range } of externalBaseImages(model)) {
      if (isDigestPinned(ref) !== false) continue;
      ctx.report({ messageId: 'digest', range, data: { image: ref.raw }, resource: stageResource(stage) });
    }
  },
});

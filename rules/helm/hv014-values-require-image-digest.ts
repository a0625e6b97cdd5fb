import { describeValuesPath } from '../../server/src/engine/helm-values';
import { digestLocation, findValuesImages, isValuesImagePinned } from '../../server/src/engine/helm-values-keys';
import { defineRule } from '../../server/src/engine/rule';
import { keyRange, nodeRange } from '../../server/src/engine/yaml';
import { isEmptyValue } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV014',
    slug: 'values-require-image-digest',
    kind: 'helm-values',
    title: 'Chart values should pin images by digest',
    controls: ['CC6.8'],
    severity: 'info',
    profile: 'strict',
    description:
      'An image map in a chart\'s values that names a tag but no digest (Bitnami\'s `digest: ""`, or a `helm create` map with no `digest` key) deploys whatever content the registry serves under that tag: whoever can push to the repository decides what the cluster runs next. A digest names the exact bytes that were built, scanned and approved, the strongest evidence for SOC 2 CC6.8 that only authorised software runs. A digest in `digest`, in the tag (`1.2@sha256:…`) or in the repository counts; tags hidden behind a template expression and maps in disabled components (`enabled: false`) are skipped. Most teams pin digests through automation, so the rule is in the `strict` profile, like its manifest counterpart K8S021.',
    remediation: 'Set `digest` (Bitnami charts) or append `@sha256:…` to the tag with the digest of the reviewed image (`docker buildx imagetools inspect`), and let Renovate or Dependabot keep it current.',
    fix: 'none',
    messages: {
      notPinned: '{{path}} has no digest, so the registry can serve different content under the same tag.',
    },
    peers: ['CKV_K8S_43', 'KICS 7c81d34c', 'Datree CONTAINERS_MISSING_IMAGE_VALUE_DIGEST'],
  },
  check(ctx) {
    for (const image of findValuesImages(ctx.yaml?.docs ?? [])) {
      if (image.disabled || isValuesImagePinned(image) !== false) continue;
      // Where the digest goes: Bitnami's empty `digest`; otherwise the tag it would be appended to.
      const at = digestLocation(image);
      const range = isEmptyValue(at.value) ? keyRange(ctx.lines, at) : nodeRange(ctx.lines, at.value);
      if (range) ctx.report({ messageId: 'notPinned', range, data: { path: describeValuesPath(image.path) } });
    }
  },
});

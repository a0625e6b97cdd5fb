import { describeValuesPath } from '../../server/src/engine/helm-values';
import { findValuesImages, isValuesImagePinned } from '../../server/src/engine/helm-values-keys';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV013',
    slug: 'values-require-image-pull-policy-always',
    kind: 'helm-values',
    title: 'Chart values must pull tagged images with pullPolicy: Always',
    controls: ['CC6.8'],
    severity: 'info',
    profile: 'strict',
    description:
      'An image map in a chart\'s values (`helm create`\'s `image: {repository, pullPolicy, tag}`, Bitnami\'s `{registry, repository, tag, digest, pullPolicy}`) with `pullPolicy: IfNotPresent` or `Never` and no digest lets every node run whatever it already cached under the tag: a tag moved to a patched (or tampered) build keeps running unnoticed, and the registry\'s access control is not consulted on each start (SOC 2 CC6.8). An empty tag (the chart\'s appVersion) is a tag too. A digest pins the content, so the policy does not matter then. Maps in disabled components (`enabled: false`) are skipped, and so is an empty `pullPolicy`, which leaves the choice to the template. Teams that make tags immutable in their registry reasonably keep `IfNotPresent`, so the rule is in the `strict` profile, like its manifest counterpart K8S023.',
    remediation: 'Set `pullPolicy: Always`, or set the image `digest`, in which case the policy does not matter.',
    fix: 'quickfix',
    messages: {
      notAlways: '{{path}}.pullPolicy is {{policy}} for an image referenced by tag, so nodes run whatever they cached under that tag instead of what the registry serves now.',
    },
    peers: ['CKV_K8S_15', 'KICS caa3479d', 'Polaris pullPolicyNotAlways', 'SNYK-CC-K8S-42'],
  },
  check(ctx) {
    for (const image of findValuesImages(ctx.yaml?.docs ?? [])) {
      if (image.disabled || !image.pullPolicy) continue;
      const policy = scalarValue(image.pullPolicy.value);
      // No value (`pullPolicy: ""`, `pullPolicy:`) leaves the choice to the template.
      if (policy === 'Always' || typeof policy !== 'string' || policy.trim() === '' || isValuesImagePinned(image) === true) continue;
      const range = nodeRange(ctx.lines, image.pullPolicy.value);
      if (!range) continue;
      ctx.report({
        messageId: 'notAlways',
        range,
        data: { path: describeValuesPath(image.path), policy: String(policy) },
        fix: { title: 'Set pullPolicy: Always', edits: [replaceNode(ctx.lines, image.pullPolicy.value, 'Always')] },
      });
    }
  },
});

import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { isDigestPinned, isLatestOrUntagged } from '../../server/src/engine/images';
import { containerImage } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { getPair, nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { isEmptyValue, replaceNode, setPath } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S023',
    slug: 'require-image-pull-policy-always',
    kind: 'kubernetes',
    title: 'Images referenced by tag must be pulled with imagePullPolicy: Always',
    controls: ['CC6.8'],
    severity: 'info',
    profile: 'strict',
    description:
      'With `IfNotPresent` (the default for a tagged image) or `Never`, a node runs whatever image it already has under that tag. A tag moved to a patched (or malicious) build, or an image cached by another tenant, keeps running unnoticed, and the registry\'s access control is not consulted on every start. `Always` makes the node resolve the tag through the registry each time, so the running software is the authorised one (SOC 2 CC6.8). Images pinned by digest are exempt: their content cannot change. Teams that treat tags as immutable (a registry setting) reasonably keep the default policy, so the rule is in the `strict` profile. Templated references are checked as tags unless they visibly carry a digest.',
    remediation: 'Set `imagePullPolicy: Always`, or pin the image by digest, in which case the policy does not matter.',
    fix: 'quickfix',
    messages: {
      implicit: '{{subject}} of {{resource}} uses the tagged image "{{image}}" without imagePullPolicy, so the default IfNotPresent runs whatever a node cached under that tag.',
      explicit: '{{subject}} of {{resource}} sets imagePullPolicy: {{policy}} for the tagged image "{{image}}", so a node runs whatever it cached under that tag.',
    },
    peers: ['CKV_K8S_15', 'KICS caa3479d', 'Polaris pullPolicyNotAlways', 'SNYK-CC-K8S-42'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const image = containerImage(container);
        if (!image || isDigestPinned(image.value) === true) continue;
        const data = { subject: describeContainer(container), resource: describeObject(pod.object), image: image.value.trim() };
        const resource = resourceOf(pod.object);
        const pair = getPair(container.map, 'imagePullPolicy');
        if (pair && !isEmptyValue(pair.value)) {
          const policy = scalarValue(pair.value);
          if (policy === 'Always') continue;
          const range = nodeRange(ctx.lines, pair.value);
          if (!range) continue;
          ctx.report({ messageId: 'explicit', range, data: { ...data, policy: String(policy) }, resource, fix: { title: 'Set imagePullPolicy: Always', edits: [replaceNode(ctx.lines, pair.value, 'Always')] } });
          continue;
        }
        // Kubernetes defaults to Always for :latest and untagged images.
        if (isLatestOrUntagged(image.value) !== false) continue;
        // Reported on the image: the tag is what makes the default policy unsafe.
        const range = nodeRange(ctx.lines, image.node);
        if (!range) continue;
        const edit = setPath(ctx.lines, container.map, ['imagePullPolicy'], 'Always');
        const fix: Fix | undefined = edit && { title: 'Add imagePullPolicy: Always', edits: [edit] };
        ctx.report({ messageId: 'implicit', range, data, resource, ...(fix ? { fix } : {}) });
      }
    }
  },
});

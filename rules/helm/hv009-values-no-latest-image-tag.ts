import { findValuesImages, isValuesImagePinned } from '../../server/src/engine/helm-values-keys';
import { describeValuesPath } from '../../server/src/engine/helm-values';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange, scalarValue } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'HV009',
    slug: 'values-no-latest-image-tag',
    kind: 'helm-values',
    title: 'Chart values must not deploy the latest image tag',
    controls: ['CC6.8'],
    severity: 'warning',
    description:
      'An image map in a chart\'s values (`repository` with `tag`) whose tag is `latest` deploys whatever the registry serves at pull time: replicas can differ, rollbacks cannot return to a known version, and the running code was never tied to a review (SOC 2 CC6.8). An empty tag is not reported: in the `helm create` convention it means the chart\'s `appVersion`, a fixed version. A map with a digest is pinned whatever its tag; maps in disabled components are skipped. The Helm-values counterpart of K8S020.',
    remediation: 'Set `tag` to an immutable version (or leave it empty to use the chart\'s appVersion), or set `digest`.',
    fix: 'none',
    messages: {
      latest: '{{path}}.tag is latest, so the chart deploys whatever the registry serves at pull time instead of a reviewed version.',
    },
    peers: ['CKV_K8S_14', 'KICS 583053b7', 'KSV-0013', 'kube-linter latest-tag'],
  },
  check(ctx) {
    for (const image of findValuesImages(ctx.yaml?.docs ?? [])) {
      if (image.disabled || !image.tag) continue;
      if (isValuesImagePinned(image) === true) continue;
      if (scalarValue(image.tag.value) !== 'latest') continue;
      const range = nodeRange(ctx.lines, image.tag.value);
      if (range) ctx.report({ messageId: 'latest', range, data: { path: describeValuesPath(image.path) } });
    }
  },
});

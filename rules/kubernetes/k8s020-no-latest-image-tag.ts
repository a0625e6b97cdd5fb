import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { isValuesImagePinned, reportedInValues, valuesImageBuilding } from '../../server/src/engine/helm-values-keys';
import { isLatestOrUntagged, parseImageReference } from '../../server/src/engine/images';
import { nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { containerImage } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  meta: {
    id: 'K8S020',
    slug: 'no-latest-image-tag',
    kind: 'kubernetes',
    title: 'Container images must name a version, not latest',
    controls: ['CC6.8'],
    severity: 'warning',
    description:
      'An image without a tag, or tagged `latest`, is whatever the registry serves when a node pulls it. Two replicas can run different code, a rollback cannot return to the previous version, and nobody reviewed the software that actually runs. SOC 2 CC6.8 asks that only authorised, known software is deployed: the manifest must name the version. An image pinned by digest is accepted whatever its tag; templated references (`$IMAGE`, `{{ .Values.image }}`) are skipped since their value is unknown. In a Helm chart, an image the template builds from a values image map (`"{{ .Values.image.repository }}:{{ .Values.image.tag }}"`) whose `tag: latest` HV009 reports is left to HV009, on the key to change.',
    remediation: 'Use an immutable version tag (`nginx:1.27.2`) or, better, a digest (`nginx@sha256:…`), updated by a tool such as Renovate or Dependabot.',
    fix: 'none',
    messages: {
      latest: '{{subject}} of {{resource}} uses image "{{image}}" {{why}}, so the code that runs changes whenever the registry changes and cannot be traced to a reviewed version.',
    },
    peers: ['CKV_K8S_14', 'KICS 583053b7', 'KSV-0013', 'kube-linter latest-tag', 'Polaris tagNotSpecified', 'Datree CONTAINERS_MISSING_IMAGE_VALUE_VERSION'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const image = containerImage(container);
        if (!image || isLatestOrUntagged(image.value) !== true) continue;
        // A Helm template's string built from a values image map whose `tag: latest` HV009 reports:
        // one problem, one finding, on the values key to change.
        const source = valuesImageBuilding(image.node);
        if (source && reportedInValues(source, (i) => i.tag, (i) => !i.disabled && scalarValue(i.tag?.value) === 'latest' && isValuesImagePinned(i) !== true)) continue;
        const range = nodeRange(ctx.lines, image.node);
        if (!range) continue;
        const why = parseImageReference(image.value)?.tag === 'latest' ? 'tagged latest' : 'without a tag (so latest)';
        ctx.report({ messageId: 'latest', range, data: { subject: describeContainer(container), resource: describeObject(pod.object), image: image.value.trim(), why }, resource: resourceOf(pod.object) });
      }
    }
  },
});

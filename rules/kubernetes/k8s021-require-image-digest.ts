import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { digestLocation, isValuesImagePinned, reportedInValues, valuesImageBuilding } from '../../server/src/engine/helm-values-keys';
import { isDigestPinned } from '../../server/src/engine/images';
import { containerImage } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'K8S021',
    slug: 'require-image-digest',
    kind: 'kubernetes',
    title: 'Container images should be pinned by digest',
    controls: ['CC6.8'],
    severity: 'info',
    profile: 'strict',
    description:
      'A tag is a mutable pointer: whoever can push to the repository can make `app:1.4.2` mean different bytes tomorrow, and the cluster runs them on the next pull. A digest (`@sha256:…`) names the exact content that was built, scanned and approved, which is the strongest evidence for SOC 2 CC6.8 that only authorised software runs. Most teams pin digests through automation, so this rule is in the `strict` profile: it fires on nearly every hand-written manifest. Templated references are skipped. In a Helm chart, an image the template builds from a values image map (`"{{ .Values.image.repository }}:{{ .Values.image.tag }}"`) that HV014 reports is left to HV014, on the values key where the digest goes.',
    remediation: 'Append the digest of the reviewed image (`app:1.4.2@sha256:…`, from `docker buildx imagetools inspect` or your registry) and let Renovate or Dependabot keep it current.',
    fix: 'none',
    messages: {
      notPinned: '{{subject}} of {{resource}} uses image "{{image}}" without a digest, so the registry can serve different content under the same name.',
    },
    peers: ['CKV_K8S_43', 'KICS 7c81d34c', 'Datree CONTAINERS_MISSING_IMAGE_VALUE_DIGEST'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const image = containerImage(container);
        if (!image || isDigestPinned(image.value) !== false) continue;
        // A Helm template's string built from a values image map that HV014 reports, on a key the
        // template reads: one problem, one finding, on the values key where the digest goes.
        const source = valuesImageBuilding(image.node);
        if (source && reportedInValues(source, digestLocation, (i) => !i.disabled && isValuesImagePinned(i) === false)) continue;
        const range = nodeRange(ctx.lines, image.node);
        if (!range) continue;
        ctx.report({ messageId: 'notPinned', range, data: { subject: describeContainer(container), resource: describeObject(pod.object), image: image.value.trim() }, resource: resourceOf(pod.object) });
      }
    }
  },
});

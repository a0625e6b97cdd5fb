import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { registryLocation, reportedInValues, valuesImageBuilding, valuesImageReference, type ValuesImage } from '../../server/src/engine/helm-values-keys';
import { isTrustedRegistry, registryOf } from '../../server/src/engine/images';
import { containerImage } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange, type YAMLMap } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'K8S022',
    slug: 'require-trusted-image-registry',
    kind: 'kubernetes',
    title: 'Container images must come from a trusted registry',
    controls: ['CC6.8'],
    severity: 'error',
    description:
      'Images pulled from arbitrary registries bypass the scanning, signing and retention controls an organisation applies to its own registry or proxy, and typo-squatted public images are a known supply-chain attack. SOC 2 CC6.8 asks that only authorised software is introduced. The rule is driven by the `trustedRegistries` setting and is silent while that list is empty (no policy configured). Templated references are skipped. In a Helm chart, an image the template builds from a values image map (`"{{ .Values.image.repository }}:{{ .Values.image.tag }}"`) that HV017 reports is left to HV017, on the values key that picks the registry.',
    remediation: 'Pull the image through your approved registry or pull-through cache, or add the registry to `trustedRegistries` in `.soc2lint.yaml` once it is approved.',
    fix: 'none',
    messages: {
      untrusted: '{{subject}} of {{resource}} pulls "{{image}}" from {{registry}}, which is not in trustedRegistries.',
    },
    peers: ['KSV-0125', 'KSV-0032', 'KSV-0033', 'KSV-0034', 'KSV-0035', 'DL3026'],
  },
  check(ctx) {
    if (ctx.config.trustedRegistries.length === 0) return;
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const image = containerImage(container);
        if (!image || isTrustedRegistry(image.value, ctx.config.trustedRegistries) !== false) continue;
        // A Helm template's string built from a values image map that HV017 reports, on a key the
        // template reads: one problem, one finding, on the values key that picks the registry.
        const source = valuesImageBuilding(image.node);
        const reported = (i: ValuesImage, root: YAMLMap | undefined) => {
          // With `global.imageRegistry` in force HV017 reports the global key instead: not a key the string read.
          const reference = valuesImageReference(i, root);
          return !i.disabled && reference === valuesImageReference(i) && isTrustedRegistry(reference, ctx.config.trustedRegistries) === false;
        };
        if (source && reportedInValues(source, registryLocation, reported)) continue;
        const range = nodeRange(ctx.lines, image.node);
        if (!range) continue;
        ctx.report({ messageId: 'untrusted', range, data: { subject: describeContainer(container), resource: describeObject(pod.object), image: image.value.trim(), registry: registryOf(image.value) ?? 'an unknown registry' }, resource: resourceOf(pod.object) });
      }
    }
  },
});

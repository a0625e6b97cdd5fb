import { describeValuesPath } from '../../server/src/engine/helm-values';
import { findValuesImages, registryLocation, valuesImageReference } from '../../server/src/engine/helm-values-keys';
import { isTrustedRegistry, registryOf } from '../../server/src/engine/images';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, getMapAt, getPair, keyRange, nodeRange } from '../../server/src/engine/yaml';
import { isEmptyValue } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV017',
    slug: 'values-require-trusted-image-registry',
    kind: 'helm-values',
    title: 'Chart values must pull images from a trusted registry',
    controls: ['CC6.8'],
    severity: 'error',
    description:
      'An image map in a chart\'s values names where the chart pulls from: Bitnami\'s `registry` plus `repository` (with `global.imageRegistry` overriding every `registry`), or `helm create`\'s `repository` alone (Docker Hub unless it names a host). Images from registries outside the organisation\'s approved ones bypass its scanning, signing and retention controls, and typo-squatted public images are a known supply-chain attack (SOC 2 CC6.8). Driven by the `trustedRegistries` setting: silent while that list is empty. Maps in disabled components and registries behind a template expression are skipped. The Helm-values counterpart of K8S022.',
    remediation: 'Point `registry` (or `global.imageRegistry` for every Bitnami image at once) at your approved registry or pull-through cache, or add the registry to `trustedRegistries` in `.soc2lint.yaml` once it is approved.',
    fix: 'none',
    messages: {
      untrusted: '{{path}} pulls "{{image}}" from {{registry}}, which is not in trustedRegistries.',
      untrustedGlobal: 'global.imageRegistry sends the chart\'s images (e.g. "{{image}}") to {{registry}}, which is not in trustedRegistries.',
    },
    peers: ['KSV-0125', 'KSV-0032', 'KSV-0033', 'KSV-0034', 'KSV-0035'],
  },
  check(ctx) {
    const trusted = ctx.config.trustedRegistries;
    if (trusted.length === 0) return;
    for (const doc of ctx.yaml?.docs ?? []) {
      const root = asMap(doc.contents);
      const globalRegistry = getPair(getMapAt(root, 'global'), 'imageRegistry');
      let globalReported = false;
      for (const image of findValuesImages([doc])) {
        if (image.disabled) continue;
        const reference = valuesImageReference(image, root);
        if (isTrustedRegistry(reference, trusted) !== false) continue;
        const data = { path: describeValuesPath(image.path), image: reference, registry: registryOf(reference) ?? 'an unknown registry' };
        // Reported where the registry is chosen: once on the global override, else on the map's
        // registry (or its repository, which then names the host or means Docker Hub).
        if (globalRegistry && image.registry && valuesImageReference(image) !== reference) {
          const range = globalReported ? undefined : nodeRange(ctx.lines, globalRegistry.value);
          globalReported = true;
          if (range) ctx.report({ messageId: 'untrustedGlobal', range, data });
          continue;
        }
        const at = registryLocation(image);
        const range = isEmptyValue(at.value) ? keyRange(ctx.lines, at) : nodeRange(ctx.lines, at.value);
        if (range) ctx.report({ messageId: 'untrusted', range, data });
      }
    }
  },
});

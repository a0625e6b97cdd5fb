import { describeValuesPath } from '../../server/src/engine/helm-values';
import { findValuesPairs } from '../../server/src/engine/helm-values-keys';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, getPair, keyRange, nodeRange, scalarValue } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'HV011',
    slug: 'values-require-resources',
    kind: 'helm-values',
    title: 'Chart values must set resource requests and limits',
    controls: ['A1.2', 'CC7.2'],
    severity: 'info',
    description:
      'The `helm create` scaffold ships `resources: {}`, and Bitnami charts can be set to `resourcesPreset: none` with empty `resources`: the rendered containers then request nothing (evicted first, scheduled blindly) and have no memory limit (one leak can starve the node). Capacity commitments are part of SOC 2 A1.2 and a baseline for monitoring (CC7.2). The Helm-values counterpart of K8S017/K8S018: an empty `resources` map is reported unless a sibling `resourcesPreset` other than `none` supplies the values, outside disabled components.',
    remediation: 'Fill `resources.requests` (cpu, memory) and `resources.limits.memory` from observed usage, or choose a Bitnami `resourcesPreset` as a starting point.',
    fix: 'none',
    messages: {
      empty: '{{path}} is empty{{preset}}, so the rendered containers request no CPU or memory and have no memory limit.',
    },
    peers: ['CKV_K8S_10', 'CKV_K8S_11', 'CKV_K8S_12', 'CKV_K8S_13', 'KSV-0011', 'KSV-0015', 'KSV-0016', 'KSV-0018'],
  },
  check(ctx) {
    for (const hit of findValuesPairs(ctx.yaml?.docs ?? [], 'resources')) {
      const map = asMap(hit.pair.value);
      if (hit.disabled || !map || map.items.length > 0) continue;
      const preset = getPair(hit.parent, 'resourcesPreset');
      const presetValue = scalarValue(preset?.value);
      if (preset && presetValue !== 'none') continue;
      const range = keyRange(ctx.lines, hit.pair) ?? nodeRange(ctx.lines, hit.pair.value);
      if (range) ctx.report({ messageId: 'empty', range, data: { path: describeValuesPath(hit.path), preset: preset ? ' and resourcesPreset is none' : '' } });
    }
  },
});

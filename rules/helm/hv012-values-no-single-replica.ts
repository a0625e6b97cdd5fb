import { describeValuesPath } from '../../server/src/engine/helm-values';
import { findValuesPairs, replicationOf } from '../../server/src/engine/helm-values-keys';
import { k8sInteger } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV012',
    slug: 'values-no-single-replica',
    kind: 'helm-values',
    title: 'Chart values should run more than one replica',
    controls: ['A1.2'],
    severity: 'info',
    profile: 'strict',
    description:
      'A `replicaCount: 1` with no autoscaling means every node drain, eviction or crash is an outage of that component (SOC 2 A1.2). Chart defaults are usually 1 on purpose (the chart cannot know the environment), so the rule is in the `strict` profile, for the values files a team deploys with. A sibling `autoscaling.enabled: true` (helm create, Bitnami) exempts the component. The Helm-values counterpart of K8S034.',
    remediation: 'Set `replicaCount` to 2 or more for production values (with a PodDisruptionBudget), or enable autoscaling with a minimum of 2.',
    fix: 'suggestion',
    messages: {
      single: '{{path}} is 1 and autoscaling is not enabled, so any node drain, eviction or crash makes this component unavailable.',
    },
    peers: [],
  },
  check(ctx) {
    for (const hit of findValuesPairs(ctx.yaml?.docs ?? [], 'replicaCount')) {
      if (hit.disabled || k8sInteger(hit.pair.value) !== 1) continue;
      if (replicationOf(hit.parent).autoscaled) continue;
      const range = nodeRange(ctx.lines, hit.pair.value);
      if (range) ctx.report({ messageId: 'single', range, data: { path: describeValuesPath(hit.path) }, suggestions: [{ title: 'Run 2 replicas', edits: [replaceNode(ctx.lines, hit.pair.value, '2')] }] });
    }
  },
});

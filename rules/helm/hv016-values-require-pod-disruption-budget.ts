import { describeValuesPath } from '../../server/src/engine/helm-values';
import { findValuesPairs, replicationOf } from '../../server/src/engine/helm-values-keys';
import { k8sBoolean } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, getPair, nodeRange, pairKey } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

/** Bitnami's `pdb`, and the `podDisruptionBudget` block of many other charts. */
const BUDGET_KEYS = ['pdb', 'podDisruptionBudget'];

export default defineRule({
  meta: {
    id: 'HV016',
    slug: 'values-require-pod-disruption-budget',
    kind: 'helm-values',
    title: 'Chart values must keep the PodDisruptionBudget of a replicated component',
    controls: ['A1.2'],
    severity: 'info',
    description:
      'Several replicas keep a service available only if they are not evicted together: node drains and autoscaler scale-downs evict pods voluntarily, and without a PodDisruptionBudget nothing stops them from taking every replica at once (SOC 2 A1.2). Bitnami charts create one by default (`pdb.create: true`); a values file that switches it off (`pdb.create: false`, or `podDisruptionBudget.enabled: false` in other charts) for a component with `replicaCount` of 2 or more or with autoscaling enabled (`autoscaling.enabled`, `hpa.enabled`) is reported. Components that are disabled (`enabled: false`) are skipped. The Helm-values counterpart of WS010.',
    remediation: 'Set `pdb.create: true` (or `podDisruptionBudget.enabled: true`) and leave room for drains with `maxUnavailable: 1` or a `minAvailable` below the replica count.',
    fix: 'suggestion',
    messages: {
      replicas: '{{path}} is false while {{component}} runs {{replicas}} replicas, so a node drain can evict all of them at once.',
      autoscaled: '{{path}} is false while {{component}} autoscales, so a node drain or scale-down can evict all of its replicas at once.',
    },
    peers: [],
  },
  check(ctx) {
    const docs = ctx.yaml?.docs ?? [];
    for (const hit of BUDGET_KEYS.flatMap((key) => findValuesPairs(docs, key))) {
      const block = asMap(hit.pair.value);
      // Bitnami switches with `create`, other charts with `enabled`. `hit.disabled` is about the
      // enclosing component (a disabled component runs no replicas), not the budget's own switch.
      const switchPair = getPair(block, 'create') ?? getPair(block, 'enabled');
      if (!switchPair || k8sBoolean(switchPair.value) !== false) continue;
      if (hit.disabled) continue;
      const replication = replicationOf(hit.parent);
      const replicated = replication.replicas !== undefined && replication.replicas >= 2;
      if (!replicated && !replication.autoscaled) continue;
      const range = nodeRange(ctx.lines, switchPair.value);
      if (!range) continue;
      const component = hit.path.length > 1 ? `"${describeValuesPath(hit.path.slice(0, -1))}"` : 'the chart';
      ctx.report({
        messageId: replicated ? 'replicas' : 'autoscaled',
        range,
        data: { path: describeValuesPath([...hit.path, pairKey(switchPair) ?? 'create']), component, replicas: replication.replicas ?? 0 },
        suggestions: [{ title: 'Create the PodDisruptionBudget', edits: [replaceNode(ctx.lines, switchPair.value, 'true')] }],
      });
    }
  },
});

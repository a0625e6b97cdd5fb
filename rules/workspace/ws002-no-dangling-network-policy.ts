import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { factsFromObjects, selectorMatches } from '../../server/src/engine/workspace-index';
import { getMapAt, getPair, keyRange } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'WS002',
    slug: 'no-dangling-network-policy',
    kind: 'workspace',
    title: 'NetworkPolicies must select the workloads they are written for',
    controls: ['CC6.6'],
    severity: 'warning',
    description:
      'A NetworkPolicy whose `podSelector` matches no pod of its namespace protects nothing: usually a label was renamed on the workload or mistyped in the policy, and the workload it was meant for is left open while the policy suggests otherwise. SOC 2 CC6.6 relies on network boundaries that actually apply. The check is judged over the whole scan and only for namespaces where the scan contains workloads, so policies for pods deployed from elsewhere (Helm templates, other repositories) are not reported. An empty selector (`{}`) selects every pod and is never dangling.',
    remediation: 'Make the `podSelector` labels match the pod template labels of the workload (or delete the stale policy).',
    fix: 'none',
    messages: {
      dangling: '{{resource}} selects no workload in namespace "{{namespace}}": the pods it was written for are not isolated.',
    },
    peers: ['kube-linter dangling-networkpolicy', 'KICS 85ab1c5b'],
  },
  check(ctx) {
    const index = ctx.index;
    if (!index) return;
    const own = factsFromObjects(ctx.uri, ctx.objects, ctx.config.defaultNamespace);
    const workloads = [...index.workloads().filter((w) => w.uri !== ctx.uri), ...own.workloads];
    for (const object of ctx.objects) {
      if (object.kind !== 'NetworkPolicy') continue;
      const policy = own.networkPolicies.find((p) => p.name === object.name && p.namespace === (object.namespace ?? ctx.config.defaultNamespace));
      const selector = policy?.podSelector;
      if (!policy || !selector) continue;
      if (Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0) continue;
      const inNamespace = workloads.filter((w) => w.namespace === policy.namespace);
      if (inNamespace.length === 0 || inNamespace.some((w) => selectorMatches(selector, w.podLabels))) continue;
      const range = keyRange(ctx.lines, getPair(getMapAt(object.map, 'spec'), 'podSelector') ?? getPair(object.map, 'kind')!);
      if (!range) continue;
      ctx.report({ messageId: 'dangling', range, data: { resource: describeObject(object), namespace: policy.namespace }, resource: resourceOf(object) });
    }
  },
});

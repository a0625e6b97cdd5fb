import { describeObject, k8sInteger, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getMapAt, getPair, getString, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

const REPLICATED = new Set(['Deployment', 'StatefulSet']);

export default defineRule({
  meta: {
    id: 'K8S034',
    slug: 'no-single-replica',
    kind: 'kubernetes',
    title: 'Deployments and StatefulSets should run more than one replica',
    controls: ['A1.2'],
    severity: 'info',
    description:
      'With a single replica every node drain, eviction, rollout or crash is an outage: there is no other pod to serve while the one pod restarts. Running at least two replicas (spread over nodes) is the basic redundancy behind the availability commitment of SOC 2 A1.2. The rule reports an explicit `replicas: 1`; an absent field is left alone (an autoscaler or the deploy tooling usually manages it), and so is a workload that a HorizontalPodAutoscaler in the same file targets.',
    remediation: 'Set `replicas` to 2 or more (with a PodDisruptionBudget and pod anti-affinity or topology spread constraints), or let a HorizontalPodAutoscaler with `minReplicas: 2` manage it. Singletons by design (leader-elected controllers, dev environments) are suppressed with the reason.',
    fix: 'suggestion',
    messages: {
      single: '{{resource}} runs a single replica, so any node drain, eviction or crash makes it unavailable.',
    },
    peers: [],
  },
  check(ctx) {
    const scaled = new Set<string>();
    for (const object of ctx.objects) {
      if (object.kind !== 'HorizontalPodAutoscaler') continue;
      const target = getMapAt(object.map, 'spec', 'scaleTargetRef');
      scaled.add(`${getString(target, 'kind') ?? ''}/${getString(target, 'name') ?? ''}/${object.namespace ?? ''}`);
    }
    for (const object of ctx.objects) {
      if (!REPLICATED.has(object.kind)) continue;
      const pair = getPair(getMapAt(object.map, 'spec'), 'replicas');
      if (!pair || k8sInteger(pair.value) !== 1) continue;
      if (scaled.has(`${object.kind}/${object.name}/${object.namespace ?? ''}`)) continue;
      const range = nodeRange(ctx.lines, pair.value);
      if (!range) continue;
      ctx.report({ messageId: 'single', range, data: { resource: describeObject(object) }, resource: resourceOf(object), suggestions: [{ title: 'Run 2 replicas', edits: [replaceNode(ctx.lines, pair.value, '2')] }] });
    }
  },
});

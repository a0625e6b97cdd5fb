import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, nodeRange } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'K8S033',
    slug: 'no-naked-pod',
    kind: 'kubernetes',
    title: 'Pods should be managed by a controller',
    controls: ['CC7.3', 'A1.2'],
    severity: 'info',
    description:
      'A Pod created directly is not rescheduled when its node fails, is not part of a rollout (no revision history, no rollback), and changes to it leave no trail beyond the API audit log. Deployments, StatefulSets, DaemonSets and Jobs record every revision of the template, which is the change evidence SOC 2 CC7.3 evaluates, and keep the workload running (A1.2). Static pods and one-off debugging pods are legitimate exceptions: suppress them with the reason.',
    remediation: 'Wrap the pod spec in a Deployment (long-running), StatefulSet (stable identity), DaemonSet (one per node) or Job (run to completion).',
    fix: 'none',
    messages: {
      naked: '{{resource}} is not managed by a controller: it is not rescheduled if its node fails and its changes leave no rollout history.',
    },
    peers: ['Datree K8S_INCORRECT_KIND_VALUE_POD'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.kind !== 'Pod' || object.apiVersion !== 'v1') continue;
      const range = nodeRange(ctx.lines, getPair(object.map, 'kind')?.value);
      if (range) ctx.report({ messageId: 'naked', range, data: { resource: describeObject(object) }, resource: resourceOf(object) });
    }
  },
});

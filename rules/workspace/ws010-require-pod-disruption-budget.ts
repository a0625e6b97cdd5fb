import { describeObject, k8sInteger, podSpecOf, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { factsFromObjects, selectorMatches } from '../../server/src/engine/workspace-index';
import { getMapAt, getPair, nodeRange } from '../../server/src/engine/yaml';

const REPLICATED = new Set(['Deployment', 'StatefulSet']);

function pdbSuggestion(name: string, namespace: string, labels: Record<string, string>, eol: string): Fix {
  const matchLabels = Object.entries(labels).map(([k, v]) => `      ${k}: ${JSON.stringify(v)}`);
  const text = ['apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata:', `  name: ${name}`, `  namespace: ${namespace}`, 'spec:', '  maxUnavailable: 1', '  selector:', '    matchLabels:', ...matchLabels, ''].join(eol);
  return { title: `Create a PodDisruptionBudget for ${name} (maxUnavailable: 1)`, edits: [], creates: [{ relativePath: `${name.replace(/[^a-z0-9.-]/gi, '-')}-pdb.yaml`, text }] };
}

export default defineRule({
  meta: {
    id: 'WS010',
    slug: 'require-pod-disruption-budget',
    kind: 'workspace',
    title: 'Replicated workloads must have a PodDisruptionBudget',
    controls: ['A1.2'],
    severity: 'info',
    description:
      'Running several replicas only keeps a service available if they are not all taken down at once. Node drains during upgrades and autoscaler scale-downs evict pods voluntarily, and without a PodDisruptionBudget nothing stops them from evicting every replica together. A budget is the control that turns redundancy into availability (SOC 2 A1.2). The rule looks across the workspace for a PodDisruptionBudget in the same namespace whose selector matches the pod labels of each Deployment or StatefulSet with `replicas` of 2 or more.',
    remediation: 'Add a PodDisruptionBudget (`policy/v1`) selecting the workload\'s pods with `maxUnavailable: 1` (or a `minAvailable` that leaves headroom for drains).',
    fix: 'suggestion',
    messages: {
      missing: '{{resource}} runs {{replicas}} replicas but no PodDisruptionBudget in namespace "{{namespace}}" selects its pods, so a node drain can evict all of them at once.',
    },
    peers: [],
  },
  check(ctx) {
    const index = ctx.index;
    if (!index) return;
    const own = factsFromObjects(ctx.uri, ctx.objects, ctx.config.defaultNamespace);
    const budgets = [...index.disruptionBudgets().filter((b) => b.uri !== ctx.uri), ...(own.disruptionBudgets ?? [])];
    for (const object of ctx.objects) {
      if (!REPLICATED.has(object.kind)) continue;
      const pair = getPair(getMapAt(object.map, 'spec'), 'replicas');
      const replicas = pair ? k8sInteger(pair.value) : undefined;
      if (!pair || replicas === undefined || replicas < 2) continue;
      const pod = podSpecOf(object);
      if (!pod) continue;
      const namespace = object.namespace ?? ctx.config.defaultNamespace;
      if (budgets.some((b) => b.namespace === namespace && b.selector && selectorMatches(b.selector, pod.podLabels))) continue;
      const range = nodeRange(ctx.lines, pair.value);
      if (!range) continue;
      const suggestions = Object.keys(pod.podLabels).length > 0 ? [pdbSuggestion(object.name || 'app', namespace, pod.podLabels, ctx.lines.eol)] : [];
      ctx.report({ messageId: 'missing', range, data: { resource: describeObject(object), replicas, namespace }, resource: resourceOf(object), suggestions });
    }
  },
});

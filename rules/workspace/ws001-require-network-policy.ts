import { podSpecOf, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { factsFromObjects, selectorMatches, type NetworkPolicyFact } from '../../server/src/engine/workspace-index';
import { getMapAt, getNode, getPair, nodeRange } from '../../server/src/engine/yaml';

/**
 * Kubernetes semantics: a policy isolates ingress when `policyTypes` lists Ingress, or when it is
 * empty/absent (the API server then defaults it to Ingress, plus Egress if egress rules exist).
 */
function isolatesIngress(policy: NetworkPolicyFact): boolean {
  return policy.policyTypes.length === 0 || policy.policyTypes.includes('Ingress');
}

function yamlKey(key: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(key) && !/^(true|false|null|yes|no|on|off|~)$/i.test(key) ? key : JSON.stringify(key);
}

function policySuggestion(name: string, namespace: string | undefined, labels: Record<string, string>, eol: string): Fix {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  const selector = entries.length === 0 ? ['  podSelector: {}'] : ['  podSelector:', '    matchLabels:', ...entries.map(([k, v]) => `      ${yamlKey(k)}: ${JSON.stringify(v)}`)];
  const text = [
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata:',
    `  name: ${name}-default-deny-ingress`,
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    ...selector,
    '  policyTypes:',
    '    - Ingress',
    '  # No ingress rules: all inbound traffic is denied until you allow what the workload needs.',
    '',
  ].join(eol);
  const safeName = name.replace(/[^a-z0-9.-]/gi, '-').toLowerCase() || 'workload';
  return { title: `Create a default-deny ingress NetworkPolicy for ${name}`, edits: [], creates: [{ relativePath: `${safeName}-networkpolicy.yaml`, text }] };
}

export default defineRule({
  meta: {
    id: 'WS001',
    slug: 'require-network-policy',
    kind: 'workspace',
    title: 'Workloads must be selected by a NetworkPolicy',
    controls: ['CC6.6'],
    severity: 'warning',
    description:
      'A pod that no NetworkPolicy selects for ingress accepts connections from every pod in the cluster, so a single compromised workload can reach it. SOC 2 CC6.6 expects logical access boundaries around system components. The check is judged over every manifest in the scan: a policy in any file of the workspace counts, in the same namespace (objects without a namespace are in the scan\'s default namespace), with `podSelector` `matchLabels` and `matchExpressions` (In, NotIn, Exists, DoesNotExist) evaluated exactly as Kubernetes does. Policies whose `policyTypes` lists only Egress do not isolate ingress.',
    remediation:
      'Add a NetworkPolicy in the workload\'s namespace whose `podSelector` matches the pod template labels, starting from default-deny ingress and allowing only the traffic the workload needs. A namespace-wide default-deny policy (`podSelector: {}`) covers every workload in it.',
    fix: 'suggestion',
    messages: {
      unselected: '{{kind}} "{{name}}" in namespace "{{namespace}}": no NetworkPolicy selects its pods, so any pod in the cluster can connect to them.',
      egressOnly: '{{kind}} "{{name}}" in namespace "{{namespace}}": only egress NetworkPolicies select its pods, so inbound traffic is not restricted.',
    },
    peers: ['kube-linter non-isolated-pod', 'KICS 0401f71b pod_misconfigured_network_policy', 'CKV2_K8S_6', 'Polaris missingNetworkPolicy'],
  },
  check(ctx) {
    const index = ctx.index;
    if (!index) return;
    const ns = ctx.config.defaultNamespace;
    // The open text is the truth for this file; the index may hold an older version of it.
    const own = factsFromObjects(ctx.uri, ctx.objects, ns).networkPolicies;
    const policies = [...index.networkPolicies().filter((p) => p.uri !== ctx.uri), ...own];
    for (const object of ctx.objects) {
      const pod = podSpecOf(object);
      if (!pod) continue;
      const namespace = object.namespace ?? ns;
      const selecting = policies.filter((p) => p.namespace === namespace && p.podSelector && selectorMatches(p.podSelector, pod.podLabels));
      if (selecting.some(isolatesIngress)) continue;
      const metadata = getMapAt(object.map, 'metadata');
      const anchor = getNode(metadata, 'name') ?? getPair(object.map, 'kind')?.value;
      const range = nodeRange(ctx.lines, anchor);
      if (!range) continue;
      ctx.report({
        messageId: selecting.length > 0 ? 'egressOnly' : 'unselected',
        range,
        data: { kind: object.kind, name: object.name || '(unnamed)', namespace },
        resource: resourceOf(object),
        suggestions: [policySuggestion(object.name || object.kind.toLowerCase(), object.namespace, pod.podLabels, ctx.lines.eol)],
      });
    }
  },
});

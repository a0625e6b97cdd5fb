import { podSpecOf, resourceOf } from '../../server/src/engine/kubernetes';
import { isDefaultDenyIngress } from '../../server/src/engine/network';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { factsFromObjects } from '../../server/src/engine/workspace-index';
import { getMapAt, getNode, nodeRange } from '../../server/src/engine/yaml';

function defaultDenySuggestion(namespace: string, eol: string): Fix {
  const text = ['apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata:', '  name: default-deny-ingress', `  namespace: ${namespace}`, 'spec:', '  podSelector: {}', '  policyTypes:', '    - Ingress', ''].join(eol);
  return { title: `Create a default-deny ingress NetworkPolicy for namespace ${namespace}`, edits: [], creates: [{ relativePath: `${namespace.replace(/[^a-z0-9.-]/gi, '-')}-default-deny.yaml`, text }] };
}

export default defineRule({
  meta: {
    id: 'WS003',
    slug: 'require-default-deny-policy',
    kind: 'workspace',
    title: 'Namespaces with workloads must have a default-deny NetworkPolicy',
    controls: ['CC6.6'],
    severity: 'warning',
    description:
      'Kubernetes allows all traffic between pods until a NetworkPolicy selects them. A namespace-wide default-deny policy (`podSelector: {}`, `policyTypes: [Ingress]`, no ingress rules) turns that around: every pod, including ones added later by someone who forgot their own policy, starts isolated, and each allowed flow is an explicit rule. SOC 2 CC6.6 expects deny-by-default network boundaries. The check looks at every namespace the scan has workloads in; the finding is reported once per namespace, on its first workload (by file, then position).',
    remediation: 'Add a NetworkPolicy with `podSelector: {}`, `policyTypes: [Ingress]` and no ingress rules to the namespace, then allow the flows each workload needs with narrower policies.',
    fix: 'suggestion',
    messages: {
      noDefaultDeny: 'Namespace "{{namespace}}" has no default-deny ingress NetworkPolicy: pods in it accept traffic until a policy selects them.',
    },
    peers: ['none of the peers'],
  },
  check(ctx) {
    const index = ctx.index;
    if (!index) return;
    const own = factsFromObjects(ctx.uri, ctx.objects, ctx.config.defaultNamespace);
    const policies = [...index.networkPolicies().filter((p) => p.uri !== ctx.uri), ...own.networkPolicies];
    const workloads = [...index.workloads().filter((w) => w.uri !== ctx.uri), ...own.workloads];
    const reported = new Set<string>();
    for (const object of ctx.objects) {
      if (!podSpecOf(object)) continue;
      const namespace = object.namespace ?? ctx.config.defaultNamespace;
      if (reported.has(namespace)) continue;
      reported.add(namespace);
      if (policies.some((p) => p.namespace === namespace && isDefaultDenyIngress(p))) continue;
      // Once per namespace: only the file that sorts first among those with workloads there reports.
      const first = workloads.filter((w) => w.namespace === namespace).map((w) => w.uri).sort()[0];
      if (first !== undefined && first < ctx.uri) continue;
      const range = nodeRange(ctx.lines, getNode(getMapAt(object.map, 'metadata'), 'name') ?? getNode(object.map, 'kind'));
      if (!range) continue;
      ctx.report({ messageId: 'noDefaultDeny', range, data: { namespace }, resource: resourceOf(object), suggestions: [defaultDenySuggestion(namespace, ctx.lines.eol)] });
    }
  },
});

import { describeObject, podSpecOf, resourceOf } from '../../server/src/engine/kubernetes';
import { definitionsIn, isConcreteObjectName, managesNear, serviceAccountReference } from '../../server/src/engine/object-references';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { nodeRange } from '../../server/src/engine/yaml';

function serviceAccountSuggestion(name: string, namespace: string, eol: string): Fix {
  const text = ['apiVersion: v1', 'kind: ServiceAccount', 'metadata:', `  name: ${name}`, `  namespace: ${namespace}`, '# Mount an API token only into pods that call the Kubernetes API.', 'automountServiceAccountToken: false', ''].join(eol);
  return { title: `Create ServiceAccount ${name} in namespace ${namespace}`, edits: [], creates: [{ relativePath: `${name}-serviceaccount.yaml`, text }] };
}

export default defineRule({
  meta: {
    id: 'WS004',
    slug: 'no-missing-service-account',
    kind: 'workspace',
    title: 'Workloads must run as a ServiceAccount the workspace defines',
    controls: ['CC6.2', 'A1.2'],
    severity: 'warning',
    description:
      'A pod that names a ServiceAccount which does not exist is never created: the controller keeps failing with "serviceaccount not found", usually because the account was renamed, mistyped, or its manifest deleted while the workload still points at it. Where the identity of each workload is declared in the repository, a dangling reference also means the reviewed RBAC bindings are not the ones the workload will get once someone creates the account by hand (SOC 2 CC6.2, A1.2). To stay quiet about accounts created outside the repository (by a Helm chart, an operator or the cluster installer) the rule only judges a namespace where the part of the repository holding the workload (its folder, a folder above or below it) defines at least one ServiceAccount, never the `default` account, and never a placeholder name (`${SA}`, template output). Helm templates are not judged (their names come from values).',
    remediation: 'Point `serviceAccountName` at a ServiceAccount defined in the same namespace, or add the ServiceAccount manifest (with `automountServiceAccountToken: false` unless the pod calls the API).',
    fix: 'suggestion',
    messages: {
      missing: '{{resource}} runs as ServiceAccount "{{name}}", but no manifest in the workspace defines it in namespace "{{namespace}}" (defined there: {{known}}); unless it is created outside the repository, its pods cannot be created.',
    },
    peers: ['kube-linter non-existent-service-account'],
  },
  check(ctx) {
    const index = ctx.index;
    if (!index) return;
    const definitions = index.definitions();
    for (const object of ctx.objects) {
      const pod = podSpecOf(object);
      const ref = pod && serviceAccountReference(pod);
      if (!ref || ref.name === 'default' || !isConcreteObjectName(ref.name)) continue;
      const namespace = object.namespace ?? ctx.config.defaultNamespace;
      const candidates = definitionsIn(definitions, 'ServiceAccount', namespace);
      if (!managesNear(definitions, 'ServiceAccount', namespace, ctx.uri) || candidates.some((d) => d.name === ref.name)) continue;
      const range = nodeRange(ctx.lines, ref.node);
      if (!range) continue;
      const names = [...new Set(candidates.filter((d) => d.namespace === namespace).map((d) => d.name))].sort();
      const known = names.length > 3 ? `${names.slice(0, 3).map((n) => `"${n}"`).join(', ')} and ${names.length - 3} more` : names.map((n) => `"${n}"`).join(', ');
      ctx.report({
        messageId: 'missing',
        range,
        data: { resource: describeObject(object), name: ref.name, namespace, known },
        resource: resourceOf(object),
        suggestions: [serviceAccountSuggestion(ref.name, namespace, ctx.lines.eol)],
      });
    }
  },
});

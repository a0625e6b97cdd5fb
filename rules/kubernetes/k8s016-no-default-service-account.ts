import { describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asMap, asSeq, deref, getNode, getPair, getString, keyRange, nodeRange, pairKey } from '../../server/src/engine/yaml';
import { setPath } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S016',
    slug: 'no-default-service-account',
    kind: 'kubernetes',
    title: 'Workloads must run under their own service account',
    controls: ['CC6.1', 'CC6.2'],
    severity: 'warning',
    description:
      'Every namespace has a `default` ServiceAccount that all pods without `serviceAccountName` share. Permissions granted to it (by a RoleBinding meant for one application) silently reach every other workload in the namespace, and audit logs cannot tell the workloads apart. A dedicated account per workload keeps API access attributable and least-privilege (SOC 2 CC6.1, CC6.2). The rule flags pod specs that use the default account and RoleBindings/ClusterRoleBindings that grant a role to it.',
    remediation:
      'Create a ServiceAccount per workload (with `automountServiceAccountToken: false` unless it calls the API), set `serviceAccountName` in the pod spec, and bind roles to that account instead of `default`.',
    fix: 'suggestion',
    messages: {
      unset: '{{resource}} does not set serviceAccountName, so its pods share the namespace\'s default service account with every other workload there.',
      explicit: '{{resource}} runs as the default service account, which every workload of the namespace shares; permissions granted to one reach all.',
      binding: '{{resource}} grants its role to the default service account of namespace "{{namespace}}", so every pod in that namespace without its own account gets the role.',
    },
    peers: ['CKV_K8S_41', 'CKV_K8S_42', 'KICS 591ade62', 'KICS 1e749bc9', 'kube-linter default-service-account', 'kubesec ServiceAccountName'],
  },
  check(ctx) {
    for (const { pod } of workloadContainers(ctx.objects)) {
      const pair = getPair(pod.spec, 'serviceAccountName') ?? getPair(pod.spec, 'serviceAccount');
      const name = getString(pod.spec, 'serviceAccountName') || getString(pod.spec, 'serviceAccount');
      if (name && name !== 'default') continue;
      const resource = resourceOf(pod.object);
      const data = { resource: describeObject(pod.object) };
      const accountName = pod.object.name || 'app';
      // Replace the value where it is written (the deprecated `serviceAccount` too), else add serviceAccountName.
      const edit = setPath(ctx.lines, pod.spec, [(pair && pairKey(pair)) ?? 'serviceAccountName'], accountName);
      const suggestions: Fix[] = edit ? [{ title: `Run as service account "${accountName}" (create it with only the permissions it needs)`, edits: [edit] }] : [];
      if (name === 'default' && pair) {
        const range = nodeRange(ctx.lines, pair.value);
        if (range) ctx.report({ messageId: 'explicit', range, data, resource, suggestions });
        continue;
      }
      const range = keyRange(ctx.lines, pod.specPair);
      if (range) ctx.report({ messageId: 'unset', range, data, resource, suggestions });
    }
    for (const object of ctx.objects) {
      if (object.kind !== 'RoleBinding' && object.kind !== 'ClusterRoleBinding') continue;
      for (const item of asSeq(getNode(object.map, 'subjects'))?.items ?? []) {
        const subject = asMap(deref(object.doc, item));
        if (getString(subject, 'kind') !== 'ServiceAccount' || getString(subject, 'name') !== 'default') continue;
        const namePair = getPair(subject, 'name');
        const range = namePair && nodeRange(ctx.lines, namePair.value);
        if (!range) continue;
        const namespace = getString(subject, 'namespace') ?? object.namespace ?? ctx.config.defaultNamespace;
        ctx.report({ messageId: 'binding', range, data: { resource: describeObject(object), namespace }, resource: resourceOf(object) });
      }
    }
  },
});

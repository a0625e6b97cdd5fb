import { resourceOf } from '../../server/src/engine/kubernetes';
import { bindings, policyRules } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

/** Built-in ClusterRoles that amount to full control of the cluster (or of a namespace for `admin`). */
const SUPERUSER_ROLES = new Set(['cluster-admin']);

export default defineRule({
  meta: {
    id: 'K8S051',
    slug: 'no-cluster-admin-binding',
    kind: 'kubernetes',
    title: 'Bindings must not grant cluster-admin or other superuser roles',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      'Binding `cluster-admin` (or a role of the same file that allows every verb on every resource of every API group) gives the subjects full control of the cluster: they can read every Secret, run any pod on any node and rewrite RBAC itself. A single leaked token of such a subject defeats every other access control, so SOC 2 CC6.1 and CC6.3 expect superuser access to be rare, named and reviewed, not granted to workloads.',
    remediation: 'Bind a role that lists only the permissions the subject needs; for people, use a namespaced `admin`/`edit` RoleBinding or just-in-time elevation instead of a standing cluster-admin binding.',
    fix: 'none',
    messages: {
      superuser: '{{binding}} binds {{role}}, which allows every action on every resource: any of its subjects fully controls the cluster.',
    },
    peers: ['KICS 249328b8', 'KSV-0111', 'kube-linter cluster-admin-role-binding', 'Polaris clusterrolebindingClusterAdmin', 'Polaris rolebindingClusterAdminClusterRole', 'Polaris rolebindingClusterAdminRole', 'Datree CIS_INVALID_ROLE_CLUSTER_ADMIN'],
  },
  check(ctx) {
    // Roles of the same file that grant everything are superusers too, whatever their name.
    const local = new Set(
      policyRules(ctx.objects)
        .filter((r) => [r.apiGroups, r.resources, r.verbs].every((list) => list.items.some((i) => i.value === '*')))
        .map((r) => `${r.object.kind}/${r.object.name}`),
    );
    for (const binding of bindings(ctx.objects)) {
      const superuser = (binding.roleKind === 'ClusterRole' && SUPERUSER_ROLES.has(binding.roleName)) || local.has(`${binding.roleKind}/${binding.roleName}`);
      if (!superuser) continue;
      const range = nodeRange(ctx.lines, binding.roleNameNode);
      if (!range) continue;
      ctx.report({
        messageId: 'superuser',
        range,
        data: { binding: `${binding.object.kind} "${binding.object.name || '(unnamed)'}"`, role: `${binding.roleKind} "${binding.roleName}"` },
        resource: resourceOf(binding.object),
      });
    }
  },
});

/** K8S051 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "binding to view", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- kind: ServiceAccount", "  name: ci", "  namespace: app", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: view") },
    { name: "kube-linter dont-fire: the admin ClusterRole", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- kind: ServiceAccount", "  name: ci", "  namespace: app", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: admin") },
    { name: "a Role that happens to be named cluster-admin is namespaced and not the built-in", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: RoleBinding", "metadata:", "  name: b", "subjects:", "- kind: ServiceAccount", "  name: ci", "  namespace: app", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: Role", "  name: cluster-admin") },
    { name: "binding to a local role that is not all-wildcard", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: wide", "  namespace: app", "rules:", "- apiGroups: [\"*\"]", "  resources: [\"pods\"]", "  verbs: [\"*\"]", "---", "apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- kind: ServiceAccount", "  name: ci", "  namespace: app", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: wide") },
  ],
  invalid: [
    {
      name: "ClusterRoleBinding to cluster-admin",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- kind: ServiceAccount", "  name: ci", "  namespace: app", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: cluster-admin"),
      errors: [{ messageId: 'superuser', range: [11, 8, 11, 21] }],
    },
    {
      name: "RoleBinding to the cluster-admin ClusterRole (v1beta1)",
      code: y("apiVersion: rbac.authorization.k8s.io/v1beta1", "kind: RoleBinding", "metadata:", "  name: b", "subjects:", "- kind: ServiceAccount", "  name: ci", "  namespace: app", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: cluster-admin"),
      errors: [{ messageId: 'superuser', range: [11, 8, 11, 21] }],
    },
    {
      name: "binding to a role of the same file that grants everything",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: god", "  namespace: app", "rules:", "- apiGroups: [\"*\"]", "  resources: [\"*\"]", "  verbs: [\"*\"]", "---", "apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- kind: ServiceAccount", "  name: ci", "  namespace: app", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: god"),
      errors: [{ messageId: 'superuser', range: [21, 8, 21, 11] }],
    },
    {
      name: "quoted name, CRLF",
      code: "apiVersion: rbac.authorization.k8s.io/v1\r\nkind: ClusterRoleBinding\r\nmetadata:\r\n  name: b\r\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: \"cluster-admin\"}\r\nsubjects:\r\n- {kind: Group, name: ops}\r\n",
      errors: [{ messageId: 'superuser', range: [4, 72, 4, 87] }],
    },
  ],
};

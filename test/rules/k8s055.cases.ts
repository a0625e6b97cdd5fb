/** K8S055 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "named group", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- kind: Group", "  name: ops", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: view") },
    { name: "default discovery binding to system:authenticated", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- kind: Group", "  name: system:authenticated", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: system:discovery") },
    { name: "a ServiceAccount named like a group is not the group", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: RoleBinding", "metadata:", "  name: b", "subjects:", "- kind: ServiceAccount", "  name: system:masters", "  namespace: app", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: Role", "  name: r") },
  ],
  invalid: [
    {
      name: "system:anonymous user among others, fix removes it",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- kind: Group", "  name: ops", "- kind: User", "  name: system:anonymous", "  apiGroup: rbac.authorization.k8s.io", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: view"),
      errors: [{ messageId: 'broadSubject', range: [8, 8, 8, 24] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- kind: Group", "  name: ops", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: view"),
    },
    {
      name: "only subject system:authenticated: subjects becomes []",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: RoleBinding", "metadata:", "  name: b", "subjects:", "- kind: Group", "  name: system:authenticated", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: edit"),
      errors: [{ messageId: 'broadSubject', range: [6, 8, 6, 28] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: RoleBinding", "metadata:", "  name: b", "subjects: []", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: edit"),
    },
    {
      name: "system:masters and system:unauthenticated in flow subjects",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- {kind: Group, name: \"system:masters\"}", "- {kind: Group, name: \"system:unauthenticated\"}", "- {kind: Group, name: ops}", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: view"),
      errors: [{ messageId: 'broadSubject', range: [5, 22, 5, 38] }, { messageId: 'broadSubject', range: [6, 22, 6, 46] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRoleBinding", "metadata:", "  name: b", "subjects:", "- {kind: Group, name: ops}", "roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: ClusterRole", "  name: view"),
    },
  ],
};

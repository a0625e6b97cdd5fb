/** K8S057 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "kube-linter dont-fire: get pods", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\"]", "  verbs: [\"get\"]") },
    { name: "get one named Secret", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"secrets\"]", "  resourceNames: [\"tls-cert\"]", "  verbs: [\"get\"]") },
    { name: "create-only on secrets", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"secrets\"]", "  verbs: [\"create\", \"update\"]") },
    { name: "secrets of another API group", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"example.com\"]", "  resources: [\"secrets\"]", "  verbs: [\"get\"]") },
  ],
  invalid: [
    {
      name: "get/watch/list secrets only: no fix (no verb would remain)",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"secrets\"]", "  verbs: [\"get\", \"watch\", \"list\"]"),
      errors: [{ messageId: 'readSecrets', range: [8, 10, 8, 15] }],
    },
    {
      name: "list secrets next to create, fix removes list",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"secrets\"]", "  verbs:", "  - create", "  - list"),
      errors: [{ messageId: 'readSecrets', range: [10, 4, 10, 8] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"secrets\"]", "  verbs:", "  - create"),
    },
    {
      name: "ClusterRole with wildcard resources",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"*\"]", "  resources: [\"*\"]", "  verbs: [\"get\"]"),
      errors: [{ messageId: 'readSecrets', range: [8, 10, 8, 15] }],
    },
    {
      name: "list with resourceNames still lists everything",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"secrets\", \"configmaps\"]", "  resourceNames: [\"a\"]", "  verbs: [\"list\", \"get\"]"),
      errors: [{ messageId: 'readSecrets', range: [9, 10, 9, 16] }],
    },
  ],
};

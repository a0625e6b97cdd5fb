/** K8S050 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "named groups, resources and verbs", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\"]", "  verbs: [\"get\", \"list\"]") },
    { name: "a */scale subresource is not a bare wildcard", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"apps\"]", "  resources: [\"deployments/scale\"]", "  verbs: [\"get\"]") },
    { name: "nonResourceURLs wildcard paths are not rule wildcards", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- nonResourceURLs: [\"/healthz/*\"]", "  verbs: [\"get\"]") },
    { name: "not RBAC: a ConfigMap with a rules key", code: y("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: c", "data:", "  rules: \"*\"") },
    { name: "other API group named Role (not RBAC)", code: y("apiVersion: example.com/v1", "kind: Role", "metadata:", "  name: r", "rules:", "- apiGroups: [\"*\"]", "  resources: [\"*\"]", "  verbs: [\"*\"]") },
  ],
  invalid: [
    {
      name: "wildcard verbs in a flow list (suggestion narrows to read verbs)",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"configmaps\"]", "  verbs: [\"*\"]"),
      errors: [{ messageId: 'wildcard', range: [8, 10, 8, 13], suggestions: ["Narrow the verbs to read-only (get, list, watch)"] }],
    },
    {
      name: "every field wildcard, block lists",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups:", "  - \"*\"", "  resources:", "  - '*'", "  verbs:", "  - \"*\""),
      errors: [{ messageId: 'wildcard', range: [7, 4, 7, 7] }, { messageId: 'wildcard', range: [9, 4, 9, 7] }, { messageId: 'wildcard', range: [11, 4, 11, 7] }],
    },
    {
      name: "kind: List with a ClusterRole, second rule",
      code: y("apiVersion: v1", "kind: List", "items:", "- apiVersion: rbac.authorization.k8s.io/v1", "  kind: ClusterRole", "  metadata:", "    name: c", "  rules:", "  - apiGroups: [\"\"]", "    resources: [\"pods\"]", "    verbs: [\"get\"]", "  - apiGroups: [\"apps\"]", "    resources: [\"*\"]", "    verbs: [\"get\"]"),
      errors: [{ messageId: 'wildcard', range: [12, 16, 12, 19] }],
    },
    {
      name: "multi-document, CRLF",
      code: "apiVersion: v1\r\nkind: ServiceAccount\r\nmetadata:\r\n  name: s\r\n---\r\napiVersion: rbac.authorization.k8s.io/v1\r\nkind: Role\r\nmetadata:\r\n  name: r\r\nrules:\r\n- apiGroups: [\"*\"]\r\n  resources: [\"pods\"]\r\n  verbs: [\"get\"]\r\n",
      errors: [{ messageId: 'wildcard', range: [10, 14, 10, 17] }],
    },
  ],
};

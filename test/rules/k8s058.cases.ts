/** K8S058 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "read network objects", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"networking.k8s.io\"]", "  resources: [\"networkpolicies\", \"ingresses\"]", "  verbs: [\"get\", \"list\", \"watch\"]") },
    { name: "update ingress status only", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"networking.k8s.io\"]", "  resources: [\"ingresses/status\"]", "  verbs: [\"update\"]") },
    { name: "named Service (resourceNames)", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"services\"]", "  resourceNames: [\"web\"]", "  verbs: [\"patch\"]") },
  ],
  invalid: [
    {
      name: "delete NetworkPolicies",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"networking.k8s.io\"]", "  resources: [\"networkpolicies\"]", "  verbs: [\"get\", \"delete\"]"),
      errors: [{ messageId: 'network', range: [8, 17, 8, 25] }],
    },
    {
      name: "create Services and Endpoints",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"services\", \"endpoints\"]", "  verbs: [\"*\"]"),
      errors: [{ messageId: 'network', range: [8, 10, 8, 13] }],
    },
    {
      name: "Istio peer authentication",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"security.istio.io\"]", "  resources: [\"peerauthentications\"]", "  verbs: [\"patch\"]"),
      errors: [{ messageId: 'network', range: [8, 10, 8, 17] }],
    },
  ],
};

/** K8S052 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "bind restricted to other resources is meaningless and not flagged", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\"]", "  verbs: [\"bind\"]") },
    { name: "read roles only", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"rbac.authorization.k8s.io\"]", "  resources: [\"roles\", \"clusterroles\"]", "  verbs: [\"get\", \"list\"]") },
    { name: "a * verb is K8S050, not this rule", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"rbac.authorization.k8s.io\"]", "  resources: [\"clusterroles\"]", "  verbs: [\"*\"]") },
  ],
  invalid: [
    {
      name: "escalate and bind in a block list, fix removes both",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"rbac.authorization.k8s.io\"]", "  resources: [\"clusterroles\"]", "  verbs:", "  - get", "  - escalate  # needed?", "  - bind"),
      errors: [{ messageId: 'escalation', range: [10, 4, 10, 12] }, { messageId: 'escalation', range: [11, 4, 11, 8] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"rbac.authorization.k8s.io\"]", "  resources: [\"clusterroles\"]", "  verbs:", "  - get"),
    },
    {
      name: "impersonate users in a flow list",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"users\", \"groups\"]", "  verbs: [\"impersonate\", \"get\"]"),
      errors: [{ messageId: 'escalation', range: [8, 10, 8, 23] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"users\", \"groups\"]", "  verbs: [\"get\"]"),
    },
    {
      name: "impersonate is the only verb: no fix (a rule needs a verb)",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"serviceaccounts\"]", "  verbs: [\"impersonate\"]"),
      errors: [{ messageId: 'escalation', range: [8, 10, 8, 23] }],
    },
    {
      name: "wildcard resource and group still grant escalate",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"*\"]", "  resources: [\"*\"]", "  verbs: [\"escalate\", \"list\"]"),
      errors: [{ messageId: 'escalation', range: [8, 10, 8, 20] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"*\"]", "  resources: [\"*\"]", "  verbs: [\"list\"]"),
    },
  ],
};

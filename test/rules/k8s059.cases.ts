/** K8S059 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "read logs and events", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods/log\", \"events\"]", "  verbs: [\"get\", \"list\"]") },
    { name: "create events (controllers record them)", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\", \"events.k8s.io\"]", "  resources: [\"events\"]", "  verbs: [\"create\", \"patch\"]") },
    { name: "delete pods is not evidence", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\"]", "  verbs: [\"delete\"]") },
  ],
  invalid: [
    {
      name: "delete events, fix removes the verb",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"events\"]", "  verbs: [\"get\", \"delete\"]"),
      errors: [{ messageId: 'deleteEvidence', range: [8, 17, 8, 25] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"events\"]", "  verbs: [\"get\"]"),
    },
    {
      name: "deletecollection on pods/log in events.k8s.io and core, block list",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\", \"events.k8s.io\"]", "  resources: [\"pods/log\", \"events\"]", "  verbs:", "  - list", "  - deletecollection", "  - delete"),
      errors: [{ messageId: 'deleteEvidence', range: [10, 4, 10, 20] }, { messageId: 'deleteEvidence', range: [11, 4, 11, 10] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\", \"events.k8s.io\"]", "  resources: [\"pods/log\", \"events\"]", "  verbs:", "  - list"),
    },
    {
      name: "mixed resources: no fix, pods would lose delete too",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\", \"events\"]", "  verbs: [\"delete\", \"get\"]"),
      errors: [{ messageId: 'deleteEvidence', range: [8, 10, 8, 18] }],
    },
  ],
};

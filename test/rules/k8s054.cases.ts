/** K8S054 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "pods without subresources", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\"]", "  verbs: [\"get\", \"list\", \"create\"]") },
    { name: "pods/log is not interactive", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods/log\"]", "  verbs: [\"get\"]") },
    { name: "list on pods/exec does nothing", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods/exec\"]", "  verbs: [\"list\"]") },
  ],
  invalid: [
    {
      name: "pods/exec with create, fix removes the subresource",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\", \"pods/exec\"]", "  verbs: [\"get\", \"list\", \"create\"]"),
      errors: [{ messageId: 'interactive', range: [7, 22, 7, 33] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\"]", "  verbs: [\"get\", \"list\", \"create\"]"),
    },
    {
      name: "attach and portforward in a block list",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources:", "  - pods", "  - pods/attach", "  - pods/portforward", "  verbs: [\"create\"]"),
      errors: [{ messageId: 'interactive', range: [9, 4, 9, 15] }, { messageId: 'interactive', range: [10, 4, 10, 20] }],
      output: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources:", "  - pods", "  verbs: [\"create\"]"),
    },
    {
      name: "nodes/proxy alone: no fix",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"nodes/proxy\"]", "  verbs: [\"get\"]"),
      errors: [{ messageId: 'interactive', range: [7, 14, 7, 27] }],
    },
    {
      name: "*/exec covers pods/exec",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"*/exec\"]", "  verbs: [\"create\"]"),
      errors: [{ messageId: 'interactive', range: [7, 14, 7, 22] }],
    },
  ],
};

/** K8S053 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "read pods only", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\"]", "  verbs: [\"get\", \"watch\", \"list\"]") },
    { name: "create secrets (another rule)", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"secrets\"]", "  verbs: [\"create\"]") },
    { name: "partial globs are literal in RBAC", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"p*ds\"]", "  verbs: [\"c*e\"]") },
    { name: "deployments in the core group do not exist", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"deployments\"]", "  verbs: [\"create\"]") },
  ],
  invalid: [
    {
      name: "create pods, block verbs",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"\"]", "  resources: [\"pods\"]", "  verbs:", "    - \"get\"", "    - create"),
      errors: [{ messageId: 'createPods', range: [10, 6, 10, 12] }],
    },
    {
      name: "wildcard verbs on deployments",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"apps\"]", "  resources: [\"deployments\", \"statefulsets\"]", "  verbs: [\"*\"]"),
      errors: [{ messageId: 'createPods', range: [8, 10, 8, 13] }],
    },
    {
      name: "create on every resource of every group",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"*\"]", "  resources: [\"*\"]", "  verbs: [\"create\", \"delete\"]"),
      errors: [{ messageId: 'createPods', range: [8, 10, 8, 18] }],
    },
    {
      name: "CronJobs in batch",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"batch\"]", "  resources: [\"cronjobs\"]", "  verbs: [\"create\"]"),
      errors: [{ messageId: 'createPods', range: [8, 10, 8, 18] }],
    },
  ],
};

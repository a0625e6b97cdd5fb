/** K8S078 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "Metadata for secrets first, catch-all Metadata", code: y("apiVersion: audit.k8s.io/v1", "kind: Policy", "metadata:", "  name: p", "rules:", "- level: Metadata", "  resources:", "  - group: \"\"", "    resources: [\"secrets\", \"configmaps\"]", "  - group: authentication.k8s.io", "    resources: [\"tokenreviews\"]", "- level: RequestResponse", "  resources:", "  - group: rbac.authorization.k8s.io", "- level: Metadata") },
    { name: "catch-all Request (no secret-bearing resource is above Metadata: first rule matches them)", code: y("apiVersion: audit.k8s.io/v1", "kind: Policy", "metadata:", "  name: p", "rules:", "- level: Metadata", "  resources:", "  - group: \"\"", "    resources: [\"secrets\", \"configmaps\"]", "  - group: authentication.k8s.io", "    resources: [\"tokenreviews\"]", "- level: None", "  users: [\"system:kube-proxy\"]", "- level: Request") },
    { name: "not an audit policy", code: y("apiVersion: policy/v1", "kind: PodDisruptionBudget", "metadata:", "  name: p", "spec:", "  minAvailable: 1") },
  ],
  invalid: [
    {
      name: "catch-all RequestResponse logs secret values",
      code: y("apiVersion: audit.k8s.io/v1", "kind: Policy", "metadata:", "  name: p", "rules:", "- level: RequestResponse"),
      errors: [{ messageId: 'valuesLogged', range: [5, 9, 5, 24] }, { messageId: 'valuesLogged', range: [5, 9, 5, 24] }, { messageId: 'valuesLogged', range: [5, 9, 5, 24] }],
    },
    {
      name: "secrets at None, nothing else",
      code: y("apiVersion: audit.k8s.io/v1", "kind: Policy", "metadata:", "  name: p", "rules:", "- level: None", "  resources:", "  - group: \"\"", "    resources: [\"secrets\"]", "- level: Metadata", "  verbs: [\"delete\"]"),
      errors: [{ messageId: 'notAudited', range: [4, 0, 4, 5] }, { messageId: 'notAudited', range: [4, 0, 4, 5] }, { messageId: 'notAudited', range: [4, 0, 4, 5] }, { messageId: 'notAudited', range: [4, 0, 4, 5] }, { messageId: 'notAudited', range: [4, 0, 4, 5] }, { messageId: 'notAudited', range: [5, 9, 5, 13] }],
    },
    {
      name: "no rules at all",
      code: y("apiVersion: audit.k8s.io/v1", "kind: Policy", "rules: []"),
      errors: [{ messageId: 'notAudited', range: [2, 0, 2, 5] }, { messageId: 'notAudited', range: [2, 0, 2, 5] }, { messageId: 'notAudited', range: [2, 0, 2, 5] }, { messageId: 'notAudited', range: [2, 0, 2, 5] }, { messageId: 'notAudited', range: [2, 0, 2, 5] }, { messageId: 'notAudited', range: [2, 0, 2, 5] }],
    },
  ],
};

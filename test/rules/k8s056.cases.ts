/** K8S056 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "read webhooks", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"admissionregistration.k8s.io\"]", "  resources: [\"validatingwebhookconfigurations\"]", "  verbs: [\"get\", \"list\", \"watch\"]") },
    { name: "patch one named webhook (resourceNames)", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"admissionregistration.k8s.io\"]", "  resources: [\"mutatingwebhookconfigurations\"]", "  resourceNames: [\"my-webhook\"]", "  verbs: [\"patch\"]") },
    { name: "create CSRs (not approve)", code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"certificates.k8s.io\"]", "  resources: [\"certificatesigningrequests\"]", "  verbs: [\"create\"]") },
  ],
  invalid: [
    {
      name: "manage mutating webhooks",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"admissionregistration.k8s.io\"]", "  resources: [\"mutatingwebhookconfigurations\"]", "  verbs: [\"create\", \"update\"]"),
      errors: [{ messageId: 'admin', range: [8, 10, 8, 18] }],
    },
    {
      name: "approve CSRs",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: ClusterRole", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"certificates.k8s.io\"]", "  resources: [\"certificatesigningrequests/approval\"]", "  verbs: [\"update\"]", "- apiGroups: [\"certificates.k8s.io\"]", "  resources: [\"signers\"]", "  verbs: [\"approve\"]"),
      errors: [{ messageId: 'admin', range: [8, 10, 8, 18] }, { messageId: 'admin', range: [11, 10, 11, 19] }],
    },
    {
      name: "edit RBAC with a wildcard verb",
      code: y("apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", "  name: r", "  namespace: app", "rules:", "- apiGroups: [\"rbac.authorization.k8s.io\"]", "  resources: [\"rolebindings\"]", "  verbs: [\"*\"]"),
      errors: [{ messageId: 'admin', range: [8, 10, 8, 13] }],
    },
  ],
};

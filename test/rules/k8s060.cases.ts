/** K8S060 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "default deny (no ingress rules)", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {}", "  policyTypes: [Ingress]") },
    { name: "from a labelled namespace", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {}", "  ingress:", "  - from:", "    - namespaceSelector:", "        matchLabels: {team: web}") },
    { name: "every source but only one port (a public listener)", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {}", "  ingress:", "  - ports:", "    - port: 443") },
    { name: "ipBlock 0.0.0.0/0 with exceptions", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {}", "  ingress:", "  - from:", "    - ipBlock:", "        cidr: 0.0.0.0/0", "        except: [10.0.0.0/8]") },
    { name: "egress-only policy with an allow-all egress rule", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {}", "  policyTypes: [Egress]", "  egress:", "  - {}") },
    { name: "empty podSelector peer is the own namespace only", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {}", "  ingress:", "  - from:", "    - podSelector: {}") },
  ],
  invalid: [
    {
      name: "an empty ingress rule allows everything",
      code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {}", "  ingress:", "  - {}"),
      errors: [{ messageId: 'allowAll', range: [7, 4, 7, 6] }],
    },
    {
      name: "empty namespaceSelector admits every namespace",
      code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {}", "  ingress:", "  - from:", "    - podSelector: {matchLabels: {app: a}}", "    - namespaceSelector: {}", "      podSelector: {}"),
      errors: [{ messageId: 'allowAll', range: [9, 6, 9, 23] }],
    },
    {
      name: "ipBlock ::/0 in the second rule, CRLF",
      code: "apiVersion: networking.k8s.io/v1\r\nkind: NetworkPolicy\r\nmetadata:\r\n  name: np\r\nspec:\r\n  podSelector: {}\r\n  ingress:\r\n  - from:\r\n    - podSelector: {matchLabels: {app: a}}\r\n  - from:\r\n    - ipBlock: {cidr: \"::/0\"}\r\n",
      errors: [{ messageId: 'allowAll', range: [10, 6, 10, 13] }],
    },
  ],
};

/** WS003 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "default-deny in another file (policyTypes absent)", code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "  namespace: shop", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c"), workspace: { "deny.yaml": y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: default-deny", "  namespace: shop", "spec:", "  podSelector: {}") } },
    { name: "default-deny with explicit Ingress", code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "  namespace: shop", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c", "---", "apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: default-deny", "  namespace: shop", "spec:", "  podSelector: {}", "  policyTypes: [Ingress, Egress]") },
    { name: "another file sorts first and reports for the namespace", code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "  namespace: shop", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c"), workspace: { "a.yaml": y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: api", "  namespace: shop", "spec:", "  template:", "    metadata:", "      labels: {app: api}", "    spec:", "      containers:", "      - name: c") } },
    { name: "not a workload", code: y("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: c") },
  ],
  invalid: [
    {
      name: "no policy at all",
      code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "  namespace: shop", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c"),
      errors: [{ messageId: 'noDefaultDeny', range: [3, 8, 3, 11], suggestions: ["Create a default-deny ingress NetworkPolicy for namespace shop"] }],
    },
    {
      name: "the only policy allows ingress (not a default deny)",
      code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "  namespace: shop", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c"), workspace: { "np.yaml": y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: default-deny", "  namespace: shop", "spec:", "  podSelector: {}", "  ingress:", "  - from: [{podSelector: {}}]") },
      errors: [{ messageId: 'noDefaultDeny', range: [3, 8, 3, 11], suggestions: ["Create a default-deny ingress NetworkPolicy for namespace shop"] }],
    },
    {
      name: "egress-only default deny does not isolate ingress; once per namespace",
      code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c", "---", "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: api", "spec:", "  template:", "    metadata:", "      labels: {app: api}", "    spec:", "      containers:", "      - name: c"), workspace: { "np.yaml": y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: default-deny", "  namespace: default", "spec:", "  podSelector: {}", "  policyTypes: [Egress]") },
      errors: [{ messageId: 'noDefaultDeny', range: [3, 8, 3, 11], suggestions: ["Create a default-deny ingress NetworkPolicy for namespace default"] }],
    },
    {
      name: "default deny in the wrong namespace; two namespaces",
      code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "  namespace: shop", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c", "---", "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: api", "  namespace: billing", "spec:", "  template:", "    metadata:", "      labels: {app: api}", "    spec:", "      containers:", "      - name: c"), workspace: { "np.yaml": y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: default-deny", "  namespace: other", "spec:", "  podSelector: {}") },
      errors: [{ messageId: 'noDefaultDeny', range: [3, 8, 3, 11], suggestions: ["Create a default-deny ingress NetworkPolicy for namespace shop"] }, { messageId: 'noDefaultDeny', range: [16, 8, 16, 11], suggestions: ["Create a default-deny ingress NetworkPolicy for namespace billing"] }],
    },
  ],
};

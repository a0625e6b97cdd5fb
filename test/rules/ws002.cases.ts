/** WS002 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "selects a workload of another file", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {matchLabels: {app: web}}", "  policyTypes: [Ingress]"), workspace: { "web.yaml": y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c") } },
    { name: "empty selector selects all", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {}", "  policyTypes: [Ingress]"), workspace: { "web.yaml": y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c") } },
    { name: "no workloads in the namespace in the scan (pods deployed from elsewhere)", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "  namespace: data", "spec:", "  podSelector: {matchLabels: {app: db}}", "  policyTypes: [Ingress]"), workspace: { "web.yaml": y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c") } },
    { name: "matchExpressions In", code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "spec:", "  podSelector: {matchExpressions: [{key: app, operator: In, values: [web, api]}]}", "  policyTypes: [Ingress]"), workspace: { "web.yaml": y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c") } },
  ],
  invalid: [
    {
      name: "KICS-style: label matches no pod of the file",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: p", "  labels: {app: easy}", "spec:", "  containers:", "  - name: c", "---", "apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "  namespace: default", "spec:", "  podSelector: {matchLabels: {app: rarelabel}}", "  policyTypes: [Ingress]"),
      errors: [{ messageId: 'dangling', range: [15, 2, 15, 13] }],
    },
    {
      name: "matching workload is in another namespace",
      code: y("apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:", "  name: np", "  namespace: shop", "spec:", "  podSelector: {matchLabels: {app: web}}", "  policyTypes: [Ingress]"), workspace: { "web.yaml": y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "  namespace: other", "spec:", "  template:", "    metadata:", "      labels: {app: web}", "    spec:", "      containers:", "      - name: c"), "api.yaml": y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: api", "  namespace: shop", "spec:", "  template:", "    metadata:", "      labels: {app: api}", "    spec:", "      containers:", "      - name: c") },
      errors: [{ messageId: 'dangling', range: [6, 2, 6, 13] }],
    },
  ],
};

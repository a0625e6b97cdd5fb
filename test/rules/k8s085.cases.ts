/** K8S085 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "metrics scraper is a helper, not the UI", code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: kubernetes-dashboard", "spec:", "  template:", "    spec:", "      containers:", "      - name: dashboard", "        image: kubernetesui/metrics-scraper:v1.0.8") },
    { name: "an unrelated dashboard", code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: kubernetes-dashboard", "spec:", "  template:", "    spec:", "      containers:", "      - name: dashboard", "        image: grafana/grafana:10.4.0") },
  ],
  invalid: [
    {
      name: "dashboard v2",
      code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: kubernetes-dashboard", "spec:", "  template:", "    spec:", "      containers:", "      - name: dashboard", "        image: kubernetesui/dashboard:v2.7.0"),
      errors: [{ messageId: 'dashboard', range: [9, 15, 9, 44] }],
    },
    {
      name: "legacy v1 image",
      code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: kubernetes-dashboard", "spec:", "  template:", "    spec:", "      containers:", "      - name: dashboard", "        image: k8s.gcr.io/kubernetes-dashboard-amd64:v1.10.1"),
      errors: [{ messageId: 'dashboard', range: [9, 15, 9, 60] }],
    },
  ],
};

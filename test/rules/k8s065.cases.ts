/** K8S065 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "namespace with injection enabled", code: y("apiVersion: v1", "kind: Namespace", "metadata:", "  name: shop", "  labels:", "    istio-injection: enabled") },
    { name: "injection requested", code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "spec:", "  template:", "    metadata:", "      labels:", "        sidecar.istio.io/inject: \"true\"", "    spec:", "      containers:", "      - name: web", "        image: nginx:1.27") },
    { name: "annotation on the Deployment itself is not read by Istio", code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "  annotations:", "    sidecar.istio.io/inject: \"false\"", "spec:", "  template:", "    spec:", "      containers:", "      - name: web") },
  ],
  invalid: [
    {
      name: "namespace label disabled",
      code: y("apiVersion: v1", "kind: Namespace", "metadata:", "  name: shop", "  labels:", "    istio-injection: disabled"),
      errors: [{ messageId: 'namespace', range: [5, 21, 5, 29], suggestions: ["Enable sidecar injection (istio-injection: enabled)"] }],
    },
    {
      name: "pod template annotation \"false\"",
      code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "spec:", "  template:", "    metadata:", "      annotations:", "        sidecar.istio.io/inject: \"false\"", "    spec:", "      containers:", "      - name: web", "        image: nginx:1.27"),
      errors: [{ messageId: 'workload', range: [8, 33, 8, 40], suggestions: ["Enable sidecar injection (sidecar.istio.io/inject: \"true\")"] }],
    },
    {
      name: "CronJob pod label",
      code: y("apiVersion: batch/v1", "kind: CronJob", "metadata:", "  name: nightly", "spec:", "  schedule: \"0 1 * * *\"", "  jobTemplate:", "    spec:", "      template:", "        metadata:", "          labels: {sidecar.istio.io/inject: \"false\"}", "        spec:", "          containers:", "          - name: job"),
      errors: [{ messageId: 'workload', range: [10, 44, 10, 51], suggestions: ["Enable sidecar injection (sidecar.istio.io/inject: \"true\")"] }],
    },
  ],
};

/** K8S084 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "helm 3 has no server", code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: tiller-deploy", "  namespace: kube-system", "spec:", "  template:", "    spec:", "      containers:", "      - name: tiller", "        image: alpine/helm:3.14.0") },
    { name: "an image named like tiller-proxy", code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: tiller-deploy", "  namespace: kube-system", "spec:", "  template:", "    spec:", "      containers:", "      - name: tiller", "        image: example.com/tiller-proxy:1.0") },
  ],
  invalid: [
    {
      name: "gcr tiller",
      code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: tiller-deploy", "  namespace: kube-system", "spec:", "  template:", "    spec:", "      containers:", "      - name: tiller", "        image: gcr.io/kubernetes-helm/tiller:v2.16.12"),
      errors: [{ messageId: 'tiller', range: [10, 15, 10, 53] }],
    },
    {
      name: "ghcr tiller by digest",
      code: y("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: tiller-deploy", "  namespace: kube-system", "spec:", "  template:", "    spec:", "      containers:", "      - name: tiller", "        image: ghcr.io/helm/tiller@sha256:0000000000000000000000000000000000000000000000000000000000000000"),
      errors: [{ messageId: 'tiller', range: [10, 15, 10, 106] }],
    },
  ],
};

/** K8S075 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "default (absent)", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "explicit true", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --service-account-lookup=true", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
  ],
  invalid: [
    {
      name: "lookup off",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --service-account-lookup=false", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'lookupOff', range: [10, 6, 10, 36] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --service-account-lookup=true", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
  ],
};

/** K8S074 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "insecure port 0, secure port 6443", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --insecure-port=0", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "insecure bind on localhost", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --insecure-port=0", "    - --insecure-bind-address=127.0.0.1", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
  ],
  invalid: [
    {
      name: "insecure port 8080 on all addresses",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --insecure-port=8080", "    - --insecure-bind-address=0.0.0.0", "    - --v=2", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'insecurePort', range: [10, 6, 10, 26] }, { messageId: 'insecureBind', range: [11, 6, 11, 37] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --insecure-port=0", "    - --v=2", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "secure port 0",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=0", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'securePortZero', range: [10, 6, 10, 21] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
  ],
};

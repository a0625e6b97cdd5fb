/** K8S072 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "OIDC instead", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --oidc-issuer-url=https://issuer.example.com", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "flag on another component is not read", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-scheduler", "spec:", "  containers:", "  - name: kube-scheduler", "    command: [\"/usr/local/bin/kube-scheduler\"]", "    args: [\"--token-auth-file=/x\"]") },
  ],
  invalid: [
    {
      name: "token file",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=6443", "    - --token-auth-file=/etc/kubernetes/tokens.csv", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'staticFile', range: [11, 6, 11, 50] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "basic auth two-item form",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --basic-auth-file", "    - /etc/kubernetes/passwords.csv", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'staticFile', range: [11, 6, 11, 35] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
  ],
};

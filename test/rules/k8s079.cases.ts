/** K8S079 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "profiling off", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-scheduler", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-scheduler", "    command:", "    - kube-scheduler", "    - --profiling=false", "    image: registry.k8s.io/kube-scheduler:v1.30.0") },
    { name: "etcd is not covered", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: etcd", "  namespace: kube-system", "spec:", "  containers:", "  - name: etcd", "    command:", "    - etcd", "    - --data-dir=/var/lib/etcd", "    image: registry.k8s.io/etcd:v1.30.0") },
  ],
  invalid: [
    {
      name: "controller-manager default",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-controller-manager", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-controller-manager", "    command:", "    - kube-controller-manager", "    - --leader-elect=true", "    image: registry.k8s.io/kube-controller-manager:v1.30.0"),
      errors: [{ messageId: 'missing', range: [8, 4, 8, 11] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-controller-manager", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-controller-manager", "    command:", "    - kube-controller-manager", "    - --leader-elect=true", "    - --profiling=false", "    image: registry.k8s.io/kube-controller-manager:v1.30.0"),
    },
    {
      name: "apiserver explicit true in flow args",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "spec:", "  containers:", "  - name: kube-apiserver", "    command: [\"/usr/local/bin/kube-apiserver\"]", "    args: [\"--profiling=true\"]"),
      errors: [{ messageId: 'enabled', range: [8, 11, 8, 29] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "spec:", "  containers:", "  - name: kube-apiserver", "    command: [\"/usr/local/bin/kube-apiserver\"]", "    args: [\"--profiling=false\"]"),
    },
  ],
};

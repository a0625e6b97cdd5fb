/** K8S071 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "Node,RBAC", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --authorization-mode=Node,RBAC", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "Node,RBAC,Webhook in another order", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --authorization-mode=RBAC,Webhook,Node", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "kubelet Webhook", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--authorization-mode=Webhook\"]") },
    { name: "KubeletConfiguration Webhook", code: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "authorization:", "  mode: Webhook") },
  ],
  invalid: [
    {
      name: "AlwaysAllow",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --authorization-mode=AlwaysAllow", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'alwaysAllow', range: [10, 6, 10, 38] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --authorization-mode=Node,RBAC", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "RBAC without Node keeps Webhook",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --authorization-mode=RBAC,Webhook", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'missingMode', range: [10, 6, 10, 39] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --authorization-mode=Node,RBAC,Webhook", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "missing on the kubelet",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--config=/var/lib/kubelet/config.yaml\"]"),
      errors: [{ messageId: 'missing', range: [8, 4, 8, 8] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--config=/var/lib/kubelet/config.yaml\", \"--authorization-mode=Webhook\"]"),
    },
    {
      name: "KubeletConfiguration AlwaysAllow",
      code: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "authorization: {mode: AlwaysAllow}"),
      errors: [{ messageId: 'config', range: [2, 22, 2, 33] }],
      output: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "authorization: {mode: Webhook}"),
    },
  ],
};

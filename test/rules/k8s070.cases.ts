/** K8S070 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "apiserver with --anonymous-auth=false", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --anonymous-auth=false", "    - --authorization-mode=Node,RBAC", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "kubelet two-item form", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--anonymous-auth\", \"false\"]") },
    { name: "scheduler has no anonymous-auth concern here", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-scheduler", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-scheduler", "    command:", "    - kube-scheduler", "    - --bind-address=127.0.0.1", "    image: registry.k8s.io/kube-scheduler:v1.30.0") },
    { name: "an ordinary container", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: web", "spec:", "  containers:", "  - name: web", "    command: [nginx, -g, \"daemon off;\"]") },
    { name: "KubeletConfiguration defaults to false", code: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "authentication:", "  webhook: {enabled: true}") },
  ],
  invalid: [
    {
      name: "missing flag: appended to the command list",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --advertise-address=10.0.0.1", "    - --authorization-mode=Node,RBAC", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'missing', range: [8, 4, 8, 11] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --advertise-address=10.0.0.1", "    - --authorization-mode=Node,RBAC", "    - --anonymous-auth=false", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "explicit true in flow args",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--anonymous-auth=true\", \"--v=2\"]"),
      errors: [{ messageId: 'enabled', range: [8, 11, 8, 34] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--anonymous-auth=false\", \"--v=2\"]"),
    },
    {
      name: "bare boolean flag means true",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --anonymous-auth", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'enabled', range: [10, 6, 10, 22] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --anonymous-auth=false", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "KubeletConfiguration anonymous enabled",
      code: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "authentication:", "  anonymous:", "    enabled: true"),
      errors: [{ messageId: 'config', range: [4, 13, 4, 17] }],
      output: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "authentication:", "  anonymous:", "    enabled: false"),
    },
  ],
};

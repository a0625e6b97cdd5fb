/** K8S080 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "unlimited", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--event-qps=0\"]") },
    { name: "default", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--v=2\"]") },
    { name: "KubeletConfiguration at 50", code: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "eventRecordQPS: 50") },
  ],
  invalid: [
    {
      name: "kubelet flag 5",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--event-qps=5\"]"),
      errors: [{ messageId: 'throttled', range: [8, 11, 8, 26] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--event-qps=0\"]"),
    },
    {
      name: "KubeletConfiguration 1",
      code: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "eventRecordQPS: 1 # keep the API quiet"),
      errors: [{ messageId: 'throttled', range: [2, 16, 2, 17] }],
      output: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "eventRecordQPS: 0 # keep the API quiet"),
    },
  ],
};

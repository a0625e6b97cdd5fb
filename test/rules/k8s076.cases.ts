/** K8S076 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "log path and policy", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --audit-log-path=/var/log/audit.log", "    - --audit-policy-file=/etc/kubernetes/audit.yaml", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "webhook backend and policy", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --audit-webhook-config-file=/etc/kubernetes/webhook.yaml", "    - --audit-policy-file=/etc/kubernetes/audit.yaml", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "not the API server", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-controller-manager", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-controller-manager", "    command:", "    - kube-controller-manager", "    - --profiling=false", "    image: registry.k8s.io/kube-controller-manager:v1.30.0") },
  ],
  invalid: [
    {
      name: "neither flag",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'noLog', range: [8, 4, 8, 11], suggestions: ["Add --audit-log-path=/var/log/kubernetes/audit/audit.log (mount the path into the pod)"] }, { messageId: 'noPolicy', range: [8, 4, 8, 11], suggestions: ["Add --audit-policy-file=/etc/kubernetes/audit-policy.yaml (mount the path into the pod)"] }],
    },
    {
      name: "log path without policy",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --audit-log-path=-", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'noPolicy', range: [8, 4, 8, 11], suggestions: ["Add --audit-policy-file=/etc/kubernetes/audit-policy.yaml (mount the path into the pod)"] }],
    },
  ],
};

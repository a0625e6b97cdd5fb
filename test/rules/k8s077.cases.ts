/** K8S077 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "CIS values", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --audit-log-path=/var/log/audit.log", "    - --audit-log-maxage=30", "    - --audit-log-maxbackup=10", "    - --audit-log-maxsize=100", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "no file log (webhook only): not applicable", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --audit-webhook-config-file=/etc/w.yaml", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
  ],
  invalid: [
    {
      name: "low maxage, others missing",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --audit-log-path=/var/log/audit.log", "    - --audit-log-maxage=7", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'missing', range: [8, 4, 8, 11] }, { messageId: 'missing', range: [8, 4, 8, 11] }, { messageId: 'low', range: [11, 6, 11, 26] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --audit-log-path=/var/log/audit.log", "    - --audit-log-maxage=30", "    - --audit-log-maxbackup=10", "    - --audit-log-maxsize=100", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "non-numeric maxsize",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --audit-log-path=/var/log/audit.log", "    - --audit-log-maxage=30", "    - --audit-log-maxbackup=10", "    - --audit-log-maxsize=big", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'low', range: [13, 6, 13, 29] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --audit-log-path=/var/log/audit.log", "    - --audit-log-maxage=30", "    - --audit-log-maxbackup=10", "    - --audit-log-maxsize=100", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
  ],
};

/** K8S073 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "NodeRestriction enabled", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --enable-admission-plugins=NodeRestriction,PodSecurity", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "deprecated --admission-control with NodeRestriction", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --admission-control=NamespaceLifecycle,NodeRestriction", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "disabling an unrelated plugin", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --enable-admission-plugins=NodeRestriction", "    - --disable-admission-plugins=DefaultStorageClass", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
  ],
  invalid: [
    {
      name: "AlwaysAdmit enabled",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --enable-admission-plugins=AlwaysAdmit,NodeRestriction", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'alwaysAdmit', range: [10, 6, 10, 60] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --enable-admission-plugins=NodeRestriction", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "no NodeRestriction: flag appended",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'noNodeRestriction', range: [8, 4, 8, 11] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=6443", "    - --enable-admission-plugins=NodeRestriction", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "ServiceAccount disabled",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --enable-admission-plugins=NodeRestriction", "    - --disable-admission-plugins=ServiceAccount,DefaultStorageClass", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'disabled', range: [11, 6, 11, 68] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --enable-admission-plugins=NodeRestriction", "    - --disable-admission-plugins=DefaultStorageClass", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "deprecated --admission-control: that list is edited, never mixed with --enable-admission-plugins",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --admission-control=NamespaceLifecycle,ServiceAccount", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'noNodeRestriction', range: [10, 6, 10, 59] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --admission-control=NamespaceLifecycle,ServiceAccount,NodeRestriction", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
  ],
};

/** K8S081 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "encryption config passed", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --encryption-provider-config=/etc/kubernetes/enc.yaml", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "kms first, identity last", code: y("apiVersion: apiserver.config.k8s.io/v1", "kind: EncryptionConfiguration", "resources:", "- resources: [secrets]", "  providers:", "  - kms: {apiVersion: v2, name: vault, endpoint: \"unix:///var/run/kms.sock\"}", "  - identity: {}") },
  ],
  invalid: [
    {
      name: "apiserver without encryption",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --secure-port=6443", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'missing', range: [8, 4, 8, 11], suggestions: ["Add --encryption-provider-config (write and mount the EncryptionConfiguration)"] }],
    },
    {
      name: "identity first",
      code: y("apiVersion: apiserver.config.k8s.io/v1", "kind: EncryptionConfiguration", "resources:", "- resources:", "  - secrets", "  - configmaps", "  providers:", "  - identity: {}", "  - aescbc:", "      keys: [{name: key1, secret: \"<base64 key>\"}]"),
      errors: [{ messageId: 'identityFirst', range: [7, 4, 7, 12] }],
    },
  ],
};

/** K8S083 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "ECDHE GCM only", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
    { name: "no flag (Go defaults)", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--v=2\"]") },
    { name: "KubeletConfiguration strong list", code: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "tlsCipherSuites:", "- TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256") },
  ],
  invalid: [
    {
      name: "CBC and RSA suites removed, GCM kept",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --tls-cipher-suites=TLS_RSA_WITH_AES_128_CBC_SHA,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'weak', range: [10, 6, 10, 128] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
    },
    {
      name: "only weak suites in flow args: replaced by a strong list",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--tls-cipher-suites=TLS_RSA_WITH_RC4_128_SHA\"]"),
      errors: [{ messageId: 'weak', range: [8, 11, 8, 57] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kubelet", "spec:", "  containers:", "  - name: kubelet", "    command: [\"/usr/local/bin/kubelet\"]", "    args: [\"--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256\"]"),
    },
    {
      name: "KubeletConfiguration with a CBC suite",
      code: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "tlsCipherSuites:", "- TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "- TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"),
      errors: [{ messageId: 'weak', range: [4, 2, 4, 36] }],
      output: y("apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration", "tlsCipherSuites:", "- TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
    },
  ],
};

/** K8S082 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "kubeadm etcd", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: etcd", "  namespace: kube-system", "spec:", "  containers:", "  - name: etcd", "    command:", "    - etcd", "    - --cert-file=/etc/kubernetes/pki/etcd/server.crt", "    - --key-file=/etc/kubernetes/pki/etcd/server.key", "    - --client-cert-auth=true", "    - --peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt", "    - --peer-key-file=/etc/kubernetes/pki/etcd/peer.key", "    - --peer-client-cert-auth=true", "    image: registry.k8s.io/etcd:v1.30.0") },
    { name: "kubeadm apiserver etcd client flags", code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt", "    - --etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt", "    - --etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key", "    image: registry.k8s.io/kube-apiserver:v1.30.0") },
  ],
  invalid: [
    {
      name: "auto-tls and no client cert auth, fixable",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: etcd", "  namespace: kube-system", "spec:", "  containers:", "  - name: etcd", "    command:", "    - etcd", "    - --cert-file=/a.crt", "    - --key-file=/a.key", "    - --client-cert-auth=false", "    - --auto-tls=true", "    - --peer-cert-file=/p.crt", "    - --peer-key-file=/p.key", "    - --peer-client-cert-auth=true", "    image: registry.k8s.io/etcd:v1.30.0"),
      errors: [{ messageId: 'badBoolean', range: [12, 6, 12, 30] }, { messageId: 'badBoolean', range: [13, 6, 13, 21] }],
      output: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: etcd", "  namespace: kube-system", "spec:", "  containers:", "  - name: etcd", "    command:", "    - etcd", "    - --cert-file=/a.crt", "    - --key-file=/a.key", "    - --client-cert-auth=true", "    - --auto-tls=false", "    - --peer-cert-file=/p.crt", "    - --peer-key-file=/p.key", "    - --peer-client-cert-auth=true", "    image: registry.k8s.io/etcd:v1.30.0"),
    },
    {
      name: "plain etcd",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: etcd", "  namespace: kube-system", "spec:", "  containers:", "  - name: etcd", "    command:", "    - etcd", "    - --data-dir=/var/lib/etcd", "    image: registry.k8s.io/etcd:v1.30.0"),
      errors: [{ messageId: 'missingFile', range: [8, 4, 8, 11] }, { messageId: 'missingFile', range: [8, 4, 8, 11] }, { messageId: 'missingFile', range: [8, 4, 8, 11] }, { messageId: 'missingFile', range: [8, 4, 8, 11] }, { messageId: 'missingBoolean', range: [8, 4, 8, 11] }, { messageId: 'missingBoolean', range: [8, 4, 8, 11] }],
    },
    {
      name: "apiserver without etcd client certificate",
      code: y("apiVersion: v1", "kind: Pod", "metadata:", "  name: kube-apiserver", "  namespace: kube-system", "spec:", "  containers:", "  - name: kube-apiserver", "    command:", "    - kube-apiserver", "    - --etcd-servers=https://127.0.0.1:2379", "    - --etcd-cafile=/ca.crt", "    image: registry.k8s.io/kube-apiserver:v1.30.0"),
      errors: [{ messageId: 'missingFile', range: [8, 4, 8, 11] }, { messageId: 'missingFile', range: [8, 4, 8, 11] }],
    },
  ],
};

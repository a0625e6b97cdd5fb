/** K8S088 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
/** A static Pod running `component` with `items` after the binary in its `command` list. */
const staticPod = (component: string, ...items: string[]): string =>
  y('apiVersion: v1', 'kind: Pod', 'metadata:', `  name: ${component}`, '  namespace: kube-system', 'spec:', '  containers:', `  - name: ${component}`, '    command:', `    - ${component}`, ...items.map((i) => `    - ${i}`), `    image: registry.k8s.io/${component}:v1.30.0`);

const KCM_OK = ['--service-account-private-key-file=/etc/kubernetes/pki/sa.key', '--root-ca-file=/etc/kubernetes/pki/ca.crt'];
const API_SUGGESTION = ['Set --service-account-key-file=/etc/kubernetes/pki/sa.pub (the kubeadm path; mount the file)'];
const KEY_SUGGESTION = ['Set --service-account-private-key-file=/etc/kubernetes/pki/sa.key (the kubeadm path; mount the file)'];
const CA_SUGGESTION = ['Set --root-ca-file=/etc/kubernetes/pki/ca.crt (the kubeadm path; mount the file)'];

export const cases: RuleTests = {
  valid: [
    staticPod('kube-apiserver', '--service-account-key-file=/etc/kubernetes/pki/sa.pub', '--service-account-signing-key-file=/etc/kubernetes/pki/sa.key'),
    { name: 'controller manager with both files', code: staticPod('kube-controller-manager', ...KCM_OK) },
    { name: 'two-item flag form', code: staticPod('kube-apiserver', '--service-account-key-file', '/etc/kubernetes/pki/sa.pub') },
    { name: 'a key that is not .pem is fine', code: staticPod('kube-apiserver', '--service-account-key-file=/var/lib/kubernetes/service-account.crt') },
    { name: 'several key files (rotation), last one counts', code: staticPod('kube-apiserver', '--service-account-key-file=/keys/old.pub', '--service-account-key-file=/keys/new.pub') },
    { name: 'args list with a full binary path', code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kcm', 'spec:', '  containers:', '  - name: kcm', '    image: registry.k8s.io/kube-controller-manager:v1.30.0', '    command: [/usr/local/bin/kube-controller-manager]', '    args:', ...KCM_OK.map((i) => `    - ${i}`)) },
    { name: 'scheduler and etcd are not concerned', code: staticPod('kube-scheduler', '--profiling=false') },
    { name: 'an ordinary workload', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27') },
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', '--secure-port=6443'),
      errors: [{ messageId: 'apiserverKey', range: [8, 4, 8, 11], message: 'kube-apiserver (Pod "kube-apiserver") does not set --service-account-key-file', suggestions: API_SUGGESTION }],
    },
    { name: 'empty value counts as missing', code: staticPod('kube-apiserver', '--service-account-key-file='), errors: [{ messageId: 'apiserverKey', range: [10, 6, 10, 33], suggestions: API_SUGGESTION }] },
    { name: 'controller manager without either file', code: staticPod('kube-controller-manager', '--use-service-account-credentials=true'), errors: [{ messageId: 'signingKey', range: [8, 4, 8, 11], suggestions: KEY_SUGGESTION }, { messageId: 'rootCa', range: [8, 4, 8, 11], suggestions: CA_SUGGESTION }] },
    { name: 'controller manager without the root CA', code: staticPod('kube-controller-manager', KCM_OK[0]!), errors: [{ messageId: 'rootCa', range: [8, 4, 8, 11], message: 'does not set --root-ca-file' }] },
    { name: 'controller manager without the signing key', code: staticPod('kube-controller-manager', KCM_OK[1]!), errors: [{ messageId: 'signingKey', range: [8, 4, 8, 11] }] },
    {
      name: 'flags in args: reported on args; CRLF',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: kube-apiserver\r\nspec:\r\n  containers:\r\n  - name: kube-apiserver\r\n    image: registry.k8s.io/kube-apiserver:v1.30.0\r\n    command: [kube-apiserver]\r\n    args: ["--secure-port=6443"]\r\n',
      errors: [{ messageId: 'apiserverKey', range: [9, 4, 9, 8], suggestions: API_SUGGESTION }],
    },
    {
      name: 'multi-document control plane: each component reported once',
      code: staticPod('kube-apiserver', '--secure-port=6443') + '---\n' + staticPod('kube-controller-manager', KCM_OK[1]!),
      errors: [{ messageId: 'apiserverKey', range: [8, 4, 8, 11] }, { messageId: 'signingKey', range: [21, 4, 21, 11] }],
    },
    {
      name: 'a Deployment running the controller manager (kind: List)',
      code: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: apps/v1', '  kind: Deployment', '  metadata:', '    name: kcm', '  spec:', '    template:', '      spec:', '        containers:', '        - name: kcm', '          image: registry.k8s.io/kube-controller-manager:v1.30.0', '          command:', '          - kube-controller-manager', `          - ${KCM_OK[0]!}`),
      errors: [{ messageId: 'rootCa', range: [13, 10, 13, 17], message: 'Deployment "kcm"' }],
    },
  ],
};

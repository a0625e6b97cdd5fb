/** K8S086 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
/** A kube-apiserver static Pod whose `command` list holds `items` after the binary. */
const apiserver = (...items: string[]): string =>
  y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver', '  namespace: kube-system', 'spec:', '  containers:', '  - name: kube-apiserver', '    command:', '    - kube-apiserver', ...items.map((i) => `    - ${i}`), '    image: registry.k8s.io/kube-apiserver:v1.30.0');

export const cases: RuleTests = {
  valid: [
    apiserver('--enable-admission-plugins=NodeRestriction,AlwaysPullImages'),
    { name: 'spaces around the list items', code: apiserver('"--enable-admission-plugins=NodeRestriction, AlwaysPullImages"') },
    { name: 'two-item flag form', code: apiserver('--enable-admission-plugins', 'AlwaysPullImages') },
    { name: 'deprecated --admission-control list', code: apiserver('--admission-control=NamespaceLifecycle,ServiceAccount,AlwaysPullImages') },
    { name: 'flags in args, binary in command', code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver', 'spec:', '  containers:', '  - name: kube-apiserver', '    image: registry.k8s.io/kube-apiserver:v1.30.0', '    command: ["/usr/local/bin/kube-apiserver"]', '    args: ["--enable-admission-plugins=AlwaysPullImages"]') },
    { name: 'the last occurrence wins', code: apiserver('--enable-admission-plugins=NodeRestriction', '--enable-admission-plugins=AlwaysPullImages') },
    { name: 'not an API server', code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-scheduler', 'spec:', '  containers:', '  - name: kube-scheduler', '    command:', '    - kube-scheduler', '    - --profiling=false', '    image: registry.k8s.io/kube-scheduler:v1.30.0') },
    { name: 'an ordinary workload', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27', '        command: ["nginx", "-g", "daemon off;"]') },
    { name: 'a plugin whose name only contains the word', code: apiserver('--enable-admission-plugins=AlwaysPullImages,AlwaysPullImagesX') },
  ],
  invalid: [
    {
      code: apiserver('--enable-admission-plugins=NodeRestriction'),
      errors: [{ messageId: 'notEnabled', range: [10, 6, 10, 48], message: 'kube-apiserver (Pod "kube-apiserver") does not enable AlwaysPullImages' }],
      output: apiserver('--enable-admission-plugins=NodeRestriction,AlwaysPullImages'),
    },
    {
      name: 'no admission flag: appended to the list',
      code: apiserver('--secure-port=6443'),
      errors: [{ messageId: 'notEnabled', range: [8, 4, 8, 11] }],
      output: apiserver('--secure-port=6443', '--enable-admission-plugins=AlwaysPullImages'),
    },
    {
      name: 'substring does not count',
      code: apiserver('--enable-admission-plugins=NodeRestriction,NotAlwaysPullImages'),
      errors: [{ messageId: 'notEnabled', range: [10, 6, 10, 68] }],
      output: apiserver('--enable-admission-plugins=NodeRestriction,NotAlwaysPullImages,AlwaysPullImages'),
    },
    {
      name: 'two-item flag: the value item is edited',
      code: apiserver('--enable-admission-plugins', 'NodeRestriction'),
      errors: [{ messageId: 'notEnabled', range: [11, 6, 11, 21] }],
      output: apiserver('--enable-admission-plugins', 'NodeRestriction,AlwaysPullImages'),
    },
    {
      name: 'deprecated --admission-control is edited, never mixed with --enable-admission-plugins',
      code: apiserver('--admission-control=NamespaceLifecycle,ServiceAccount'),
      errors: [{ messageId: 'notEnabled', range: [10, 6, 10, 59] }],
      output: apiserver('--admission-control=NamespaceLifecycle,ServiceAccount,AlwaysPullImages'),
    },
    {
      name: 'disabled: removed from the disable list and enabled in one fix',
      code: apiserver('--enable-admission-plugins=NodeRestriction', '--disable-admission-plugins=AlwaysPullImages,DefaultStorageClass'),
      errors: [{ messageId: 'disabled', range: [11, 6, 11, 70] }],
      output: apiserver('--enable-admission-plugins=NodeRestriction,AlwaysPullImages', '--disable-admission-plugins=DefaultStorageClass'),
    },
    {
      name: 'flow-style args and CRLF',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: kube-apiserver\r\nspec:\r\n  containers:\r\n  - name: kube-apiserver\r\n    image: registry.k8s.io/kube-apiserver:v1.30.0\r\n    command: [kube-apiserver]\r\n    args: ["--secure-port=6443"]\r\n',
      errors: [{ messageId: 'notEnabled', range: [9, 4, 9, 8] }],
      output: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: kube-apiserver\r\nspec:\r\n  containers:\r\n  - name: kube-apiserver\r\n    image: registry.k8s.io/kube-apiserver:v1.30.0\r\n    command: [kube-apiserver]\r\n    args: ["--secure-port=6443", "--enable-admission-plugins=AlwaysPullImages"]\r\n',
    },
    {
      name: 'comments are kept; second document of a multi-document file',
      code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: x', '---', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver-cp1', 'spec:', '  containers:', '  - name: kube-apiserver', '    command:', '    - kube-apiserver', '    # admission', '    - --enable-admission-plugins=NodeRestriction  # keep', '    image: registry.k8s.io/kube-apiserver:v1.30.0'),
      errors: [{ messageId: 'notEnabled', range: [15, 6, 15, 48], message: 'Pod "kube-apiserver-cp1"' }],
      output: y('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: x', '---', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver-cp1', 'spec:', '  containers:', '  - name: kube-apiserver', '    command:', '    - kube-apiserver', '    # admission', '    - --enable-admission-plugins=NodeRestriction,AlwaysPullImages  # keep', '    image: registry.k8s.io/kube-apiserver:v1.30.0'),
    },
    {
      name: 'API server run by a Deployment in a List',
      code: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: apps/v1', '  kind: Deployment', '  metadata:', '    name: apiserver', '  spec:', '    template:', '      spec:', '        containers:', '        - name: apiserver', '          image: registry.k8s.io/kube-apiserver:v1.30.0', '          command:', '          - kube-apiserver', '          - --enable-admission-plugins=NodeRestriction'),
      errors: [{ messageId: 'notEnabled', range: [15, 12, 15, 54], message: 'Deployment "apiserver"' }],
      output: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: apps/v1', '  kind: Deployment', '  metadata:', '    name: apiserver', '  spec:', '    template:', '      spec:', '        containers:', '        - name: apiserver', '          image: registry.k8s.io/kube-apiserver:v1.30.0', '          command:', '          - kube-apiserver', '          - --enable-admission-plugins=NodeRestriction,AlwaysPullImages'),
    },
  ],
};

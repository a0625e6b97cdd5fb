/** K8S011 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'explicit false', code: y(...POD, '  hostPID: false', '  hostIPC: false', '  hostNetwork: false', '  containers:', '  - name: a') },
    { name: 'quoted "true" is a string the API server rejects', code: y(...POD, '  hostNetwork: "true"', '  containers:', '  - name: a') },
    { name: 'container-level hostNetwork does not exist', code: y(...POD, '  containers:', '  - name: a', '    hostNetwork: true') },
    { name: 'a core Service is not a workload', code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  template:', '    spec:', '      hostNetwork: true') },
  ],
  invalid: [
    {
      name: 'kube-apiserver static pod: hostNetwork is a suggestion, not a fix',
      code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver', '  namespace: kube-system', 'spec:', '  hostNetwork: true', '  containers:', '  - name: kube-apiserver', '    command:', '    - kube-apiserver', '    - --authorization-mode=Node,RBAC'),
      errors: [{ messageId: 'hostNetwork', range: [6, 15, 6, 19], suggestions: ['Set hostNetwork: false'] }],
    },
    {
      name: 'all three on a Pod, comment kept',
      code: y(...POD, '  hostPID: true # debug', '  hostIPC: yes', '  hostNetwork: true', '  containers:', '  - name: a'),
      errors: [
        { messageId: 'hostPID', range: [5, 11, 5, 15], message: 'Pod "web" sets hostPID: true' },
        { messageId: 'hostIPC', range: [6, 11, 6, 14] },
        { messageId: 'hostNetwork', range: [7, 15, 7, 19] },
      ],
      output: y(...POD, '  hostPID: false # debug', '  hostIPC: false', '  hostNetwork: false', '  containers:', '  - name: a'),
    },
    {
      name: 'DaemonSet template, flow map',
      code: y('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: agent', 'spec:', '  template:', '    spec: {hostNetwork: true, containers: [{name: a}]}'),
      errors: [{ messageId: 'hostNetwork', range: [6, 24, 6, 28], message: 'DaemonSet "agent"' }],
      output: y('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: agent', 'spec:', '  template:', '    spec: {hostNetwork: false, containers: [{name: a}]}'),
    },
    {
      name: 'Knative Configuration (serving.knative.dev) and CRLF',
      code: 'apiVersion: serving.knative.dev/v1\r\nkind: Configuration\r\nmetadata:\r\n  name: k\r\nspec:\r\n  template:\r\n    spec:\r\n      hostIPC: true\r\n      containers:\r\n      - image: app:1\r\n',
      errors: [{ messageId: 'hostIPC', range: [7, 15, 7, 19], message: 'Configuration "k"' }],
      output: 'apiVersion: serving.knative.dev/v1\r\nkind: Configuration\r\nmetadata:\r\n  name: k\r\nspec:\r\n  template:\r\n    spec:\r\n      hostIPC: false\r\n      containers:\r\n      - image: app:1\r\n',
    },
  ],
};

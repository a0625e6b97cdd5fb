/** K8S029 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'other ports', code: y(...POD, '  containers:', '  - name: a', '    ports:', '    - containerPort: 2222', '    - containerPort: 8080') },
    { name: 'UDP 22 is not SSH', code: y(...POD, '  containers:', '  - name: a', '    ports: [{containerPort: 22, protocol: UDP}]') },
  ],
  invalid: [
    {
      name: 'containerPort 22',
      code: y(...POD, '  containers:', '  - name: a', '    ports:', '    - name: http', '      containerPort: 80', '    - name: ssh', '      containerPort: 22'),
      errors: [{ messageId: 'ssh', range: [11, 21, 11, 23], message: 'Container "a" of Pod "web" exposes port 22 (SSH)', suggestions: ['Remove the port 22 declaration'] }],
    },
    {
      name: 'explicit TCP in a DaemonSet flow list',
      code: y('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      containers:', '      - name: a', '        ports: [{containerPort: 22, protocol: TCP}]'),
      errors: [{ messageId: 'ssh', range: [9, 32, 9, 34], message: 'DaemonSet "d"' }],
    },
  ],
};

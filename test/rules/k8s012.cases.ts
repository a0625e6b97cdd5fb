/** K8S012 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'containerPort only', code: y(...POD, '  containers:', '  - name: a', '    ports:', '    - containerPort: 8080') },
    { name: 'hostPort 0 means unset', code: y(...POD, '  containers:', '  - name: a', '    ports:', '    - containerPort: 8080', '      hostPort: 0') },
    { name: 'a Service port is not a hostPort', code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  ports:', '  - port: 80', '    hostPort: 80') },
  ],
  invalid: [
    {
      name: 'block map: the hostPort line is removed',
      code: y(...POD, '  containers:', '  - name: a', '    ports:', '    - containerPort: 8080', '      hostPort: 8080 # legacy', '      protocol: TCP'),
      errors: [{ messageId: 'hostPort', range: [9, 16, 9, 20], message: 'Container "a" of Pod "web" binds host port 8080' }],
      output: y(...POD, '  containers:', '  - name: a', '    ports:', '    - containerPort: 8080', '      protocol: TCP'),
    },
    {
      name: 'flow map in an init container of a Deployment',
      code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      initContainers:', '      - name: i', '        ports: [{containerPort: 53, hostPort: 53, protocol: UDP}]', '      containers:', '      - name: a'),
      errors: [{ messageId: 'hostPort', range: [9, 46, 9, 48], message: 'Init container "i" of Deployment "d" binds host port 53' }],
      output: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      initContainers:', '      - name: i', '        ports: [{containerPort: 53, protocol: UDP}]', '      containers:', '      - name: a'),
    },
    {
      name: 'hostPort alone in its map: reported, no safe fix',
      code: y(...POD, '  containers:', '  - name: a', '    ports:', '    - hostPort: 9100'),
      errors: [{ messageId: 'hostPort', range: [8, 16, 8, 20] }],
    },
  ],
};

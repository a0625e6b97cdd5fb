/** K8S037 no-privileged-port test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];
const USE = (port: number) => `Use port ${port} (the application, probes and Service targetPort must change too)`;

export const cases: RuleTests = {
  valid: [
    { name: 'unprivileged ports', code: y(...POD, '  containers:', '  - name: a', '    ports:', '    - containerPort: 8080', '    - containerPort: 1024') },
    { name: 'SSH port 22 is K8S029\'s finding', code: y(...POD, '  containers:', '  - name: a', '    ports: [{containerPort: 22}, {containerPort: 22, protocol: TCP}]') },
    { name: 'a hostPort below 1024 is K8S012\'s finding', code: y(...POD, '  containers:', '  - name: a', '    ports:', '    - containerPort: 8080', '      hostPort: 80') },
    { name: 'port 0 and non-numbers are not judged', code: y(...POD, '  containers:', '  - name: a', '    ports:', '    - containerPort: 0', '    - containerPort: http') },
    { name: 'a Service port is not a container port', code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  ports:', '  - port: 80', '    targetPort: 8080') },
  ],
  invalid: [
    {
      name: 'containerPort 80 in a Deployment',
      code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:', '      containers:', '      - name: nginx', '        image: nginx:1.27', '        ports:', '        - name: http', '          containerPort: 80'),
      errors: [{ messageId: 'privileged', range: [12, 25, 12, 27], message: 'Container "nginx" of Deployment "web" listens on privileged port 80', suggestions: [USE(8080)] }],
    },
    {
      name: 'UDP 22 and 53 are privileged ports too; quoted number',
      code: y(...POD, '  containers:', '  - name: dns', '    ports:', '    - containerPort: 53', '      protocol: UDP', '    - containerPort: 22', '      protocol: UDP', '    - containerPort: "443"'),
      errors: [
        { messageId: 'privileged', range: [8, 21, 8, 23], message: 'port 53', suggestions: [USE(8053)] },
        { messageId: 'privileged', range: [10, 21, 10, 23], message: 'port 22', suggestions: [USE(8022)] },
        { messageId: 'privileged', range: [12, 21, 12, 26], message: 'port 443', suggestions: [USE(8443)] },
      ],
    },
    {
      name: 'init containers of a CronJob, flow maps',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: c', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          initContainers:', '          - {name: i, ports: [{containerPort: 443}]}', '          containers:', '          - name: j'),
      errors: [{ messageId: 'privileged', range: [10, 46, 10, 49], message: 'Init container "i" of CronJob "c"' }],
    },
    {
      name: 'kind: List and CRLF',
      code: ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Pod', '  metadata:', '    name: p', '  spec:', '    containers:', '    - name: a', '      ports:', '      - containerPort: 111', ''].join('\r\n'),
      errors: [{ messageId: 'privileged', range: [11, 23, 11, 26], message: 'Pod "p"' }],
    },
    {
      name: 'second document of a multi-document file',
      code: y(...POD, '  containers: []', '---', ...POD, '  containers:', '  - name: b', '    ports: [{containerPort: 1023}]'),
      errors: [{ messageId: 'privileged', range: [14, 28, 14, 32] }],
    },
  ],
};

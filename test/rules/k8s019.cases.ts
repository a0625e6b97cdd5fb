/** K8S019 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const DEPLOY = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'both probes', code: y(...DEPLOY, '      containers:', '      - name: a', '        livenessProbe: {httpGet: {path: /healthz, port: 8080}}', '        readinessProbe:', '          tcpSocket: {port: 8080}') },
    { name: 'Jobs and CronJobs run to completion', code: y('apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: j', 'spec:', '  template:', '    spec:', '      containers:', '      - name: a') },
    { name: 'init containers are not probed', code: y(...DEPLOY, '      initContainers:', '      - name: i', '      containers:', '      - name: a', '        livenessProbe: {exec: {command: [true]}}', '        readinessProbe: {exec: {command: [true]}}') },
  ],
  invalid: [
    {
      name: 'both missing, with a port: TCP suggestion',
      code: y(...DEPLOY, '      containers:', '      - name: a', '        ports:', '        - containerPort: 8080'),
      errors: [{ messageId: 'missing', range: [8, 8, 8, 12], message: 'Container "a" of Deployment "web" has no livenessProbe or readinessProbe', suggestions: ['Add TCP livenessProbe and readinessProbe on port 8080'] }],
    },
    {
      name: 'readiness missing, no port: no suggestion',
      code: y(...DEPLOY, '      containers:', '      - name: a', '        livenessProbe: {exec: {command: [true]}}'),
      errors: [{ messageId: 'missing', range: [8, 8, 8, 12], message: 'has no readinessProbe', suggestions: [] }],
    },
    {
      name: 'naked Pod, empty probe value counts as missing, CRLF',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  containers:\r\n  - name: a\r\n    readinessProbe:\r\n    livenessProbe: {tcpSocket: {port: 80}}\r\n',
      errors: [{ messageId: 'missing', range: [6, 4, 6, 8], message: 'has no readinessProbe' }],
    },
  ],
};

/** K8S036 require-user-namespace test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];
const DEPLOY = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  template:', '    spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'hostUsers: false', code: y(...POD, '  hostUsers: false', '  containers:', '  - name: a', '    image: nginx:1.27') },
    { name: 'hostUsers: false in a Deployment flow map', code: y(...DEPLOY.slice(0, 6), '    spec: {hostUsers: false, containers: [{name: a, image: nginx:1.27}]}') },
    { name: 'YAML 1.1 boolean off', code: y(...POD, '  hostUsers: off', '  containers:', '  - name: a') },
    { name: 'hostNetwork pods cannot use a user namespace (K8S011 reports them)', code: y(...POD, '  hostNetwork: true', '  containers:', '  - name: a') },
    { name: 'hostPID and hostIPC too', code: y(...DEPLOY, '      hostPID: true', '      containers:', '      - name: a', '---', ...POD, '  hostIPC: yes', '  containers:', '  - name: b') },
    { name: 'Windows pods', code: y(...POD, '  os:', '    name: windows', '  containers:', '  - name: a') },
    { name: 'not a workload', code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  ports: [{port: 80}]') },
  ],
  invalid: [
    {
      name: 'missing in a Pod: reported on spec, fix inserts the field',
      code: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27'),
      errors: [{ messageId: 'missing', range: [4, 0, 4, 4], message: 'Pod "web" does not set hostUsers: false' }],
      output: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27', '  hostUsers: false'),
    },
    {
      name: 'hostUsers: true is reported on its value',
      code: y(...DEPLOY, '      hostUsers: true # legacy', '      containers:', '      - name: a'),
      errors: [{ messageId: 'hostUsersTrue', range: [7, 17, 7, 21], message: 'Deployment "api" sets hostUsers: true' }],
      output: y(...DEPLOY, '      hostUsers: false # legacy', '      containers:', '      - name: a'),
    },
    {
      name: 'empty hostUsers value',
      code: y(...POD, '  hostUsers:', '  containers:', '  - name: a'),
      errors: [{ messageId: 'missing', range: [5, 2, 5, 11] }],
      output: y(...POD, '  hostUsers: false', '  containers:', '  - name: a'),
    },
    {
      name: 'CronJob: the pod spec is nested in the job template',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  schedule: "0 3 * * *"', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          restartPolicy: Never', '          initContainers:', '          - name: init', '          containers:', '          - name: job'),
      errors: [{ messageId: 'missing', range: [9, 8, 9, 12], message: 'CronJob "nightly"' }],
      output: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  schedule: "0 3 * * *"', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          restartPolicy: Never', '          initContainers:', '          - name: init', '          containers:', '          - name: job', '          hostUsers: false'),
    },
    {
      name: 'flow-map pod spec',
      code: y(...DEPLOY.slice(0, 6), '    spec: {containers: [{name: a}]}'),
      errors: [{ messageId: 'missing', range: [6, 4, 6, 8] }],
      output: y(...DEPLOY.slice(0, 6), '    spec: {containers: [{name: a}], hostUsers: false}'),
    },
    {
      name: 'kind: List items and CRLF line endings',
      code: ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Pod', '  metadata:', '    name: p', '  spec:', '    containers:', '    - name: a', ''].join('\r\n'),
      errors: [{ messageId: 'missing', range: [7, 2, 7, 6], message: 'Pod "p"' }],
      output: ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Pod', '  metadata:', '    name: p', '  spec:', '    containers:', '    - name: a', '    hostUsers: false', ''].join('\r\n'),
    },
    {
      name: 'hostPath volume: a suggestion, not a quick fix',
      code: y(...POD, '  containers:', '  - name: a', '  volumes:', '  - name: logs', '    hostPath: {path: /var/log}'),
      errors: [{ messageId: 'missing', range: [4, 0, 4, 4], suggestions: ['Set hostUsers: false (check hostPath volumes and privileged containers first)'] }],
    },
    {
      name: 'privileged container: a suggestion, not a quick fix',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      privileged: true'),
      errors: [{ messageId: 'missing', range: [4, 0, 4, 4], suggestions: ['Set hostUsers: false (check hostPath volumes and privileged containers first)'] }],
    },
  ],
};

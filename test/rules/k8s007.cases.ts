/** K8S007 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'drop: [ALL]', code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      capabilities:', '        drop: [ALL]') },
    { name: 'drop ALL and add back NET_BIND_SERVICE', code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      capabilities:', '        drop:', '        - ALL', '        add: [NET_BIND_SERVICE]') },
    { name: 'lower-case "all" (runtimes compare case-insensitively)', code: y(...POD, '  containers:', '  - name: a', '    securityContext: {capabilities: {drop: ["all"]}}') },
    { name: 'init and ephemeral containers drop ALL too', code: y(...POD, '  initContainers:', '  - name: i', '    securityContext: {capabilities: {drop: [ALL]}}', '  containers:', '  - name: a', '    securityContext: {capabilities: {drop: [ALL]}}', '  ephemeralContainers:', '  - name: e', '    securityContext: {capabilities: {drop: [ALL]}}') },
    { name: 'not a workload', code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  a: b') },
  ],
  invalid: [
    {
      name: 'no securityContext: reported on the name key, block inserted',
      code: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27'),
      errors: [{ messageId: 'missing', range: [6, 4, 6, 8], message: 'Container "a" of Pod "web" does not drop capabilities' }],
      output: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27', '    securityContext:', '      capabilities:', '        drop: [ALL]'),
    },
    {
      name: 'pod-level securityContext does not count (capabilities are per container)',
      code: y(...POD, '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: 10001'),
      errors: [{ messageId: 'missing', range: [9, 4, 9, 19] }],
      output: y(...POD, '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: 10001', '      capabilities:', '        drop: [ALL]'),
    },
    {
      name: 'drops only NET_RAW (block list): ALL appended, comment kept',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      capabilities:', '        drop:', '        - NET_RAW # spoofing'),
      errors: [{ messageId: 'partial', range: [9, 8, 9, 12], message: 'drops NET_RAW but not ALL' }],
      output: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      capabilities:', '        drop:', '        - NET_RAW # spoofing', '        - ALL'),
    },
    {
      name: 'flow list without NET_RAW says so; empty drop: [] is filled',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext: {capabilities: {drop: [SYS_ADMIN]}}', '  - name: b', '    securityContext: {capabilities: {drop: []}}'),
      errors: [
        { messageId: 'partial', range: [7, 37, 7, 41], message: 'NET_RAW included' },
        { messageId: 'missing', range: [9, 4, 9, 19], message: 'Container "b"' },
      ],
      output: y(...POD, '  containers:', '  - name: a', '    securityContext: {capabilities: {drop: [SYS_ADMIN, ALL]}}', '  - name: b', '    securityContext: {capabilities: {drop: [ALL]}}'),
    },
    {
      name: 'empty capabilities: and CronJob init container',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          initContainers:', '          - name: setup', '            securityContext:', '              capabilities:', '          containers:', '          - name: job', '            securityContext: {capabilities: {drop: [ALL]}}'),
      errors: [{ messageId: 'missing', range: [11, 12, 11, 27], message: 'Init container "setup" of CronJob "nightly"' }],
      output: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          initContainers:', '          - name: setup', '            securityContext:', '              capabilities:', '                drop: [ALL]', '          containers:', '          - name: job', '            securityContext: {capabilities: {drop: [ALL]}}'),
    },
    {
      name: 'CRLF, multi-document',
      code: 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\n---\r\napiVersion: apps/v1\r\nkind: Deployment\r\nmetadata:\r\n  name: d\r\nspec:\r\n  template:\r\n    spec:\r\n      containers:\r\n      - name: a\r\n',
      errors: [{ messageId: 'missing', range: [13, 8, 13, 12], message: 'Deployment "d"' }],
      output: 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\n---\r\napiVersion: apps/v1\r\nkind: Deployment\r\nmetadata:\r\n  name: d\r\nspec:\r\n  template:\r\n    spec:\r\n      containers:\r\n      - name: a\r\n        securityContext:\r\n          capabilities:\r\n            drop: [ALL]\r\n',
    },
  ],
};

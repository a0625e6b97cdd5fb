/** K8S010 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'true on every container', code: y(...POD, '  initContainers:', '  - name: i', '    securityContext: {readOnlyRootFilesystem: true}', '  containers:', '  - name: a', '    securityContext:', '      readOnlyRootFilesystem: true') },
    { name: 'YAML 1.1 yes', code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      readOnlyRootFilesystem: yes') },
    { name: 'not a workload', code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  ports: [{port: 80}]') },
  ],
  invalid: [
    {
      name: 'missing: quick fix adds the field',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: true'),
      errors: [{ messageId: 'missing', range: [7, 4, 7, 19], message: 'Container "a" of Pod "web" does not set readOnlyRootFilesystem: true' }],
      output: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: true', '      readOnlyRootFilesystem: true'),
    },
    {
      name: 'pod-level field is ignored by Kubernetes',
      code: y(...POD, '  securityContext: {readOnlyRootFilesystem: true}', '  containers:', '  - name: a'),
      errors: [{ messageId: 'missing', range: [7, 4, 7, 8] }],
      output: y(...POD, '  securityContext: {readOnlyRootFilesystem: true}', '  containers:', '  - name: a', '    securityContext:', '      readOnlyRootFilesystem: true'),
    },
    {
      name: 'explicit false: suggestion only',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext: {readOnlyRootFilesystem: false}'),
      errors: [{ messageId: 'writable', range: [7, 46, 7, 51], message: 'sets readOnlyRootFilesystem to false', suggestions: ['Set readOnlyRootFilesystem: true (mount emptyDir volumes where the process writes)'] }],
    },
    {
      name: 'ephemeral container in a StatefulSet, CRLF',
      code: 'apiVersion: apps/v1\r\nkind: StatefulSet\r\nmetadata:\r\n  name: s\r\nspec:\r\n  template:\r\n    spec:\r\n      containers:\r\n      - name: a\r\n        securityContext: {readOnlyRootFilesystem: true}\r\n      ephemeralContainers:\r\n      - name: dbg\r\n',
      errors: [{ messageId: 'missing', range: [11, 8, 11, 12], message: 'Ephemeral container "dbg" of StatefulSet "s"' }],
      output: 'apiVersion: apps/v1\r\nkind: StatefulSet\r\nmetadata:\r\n  name: s\r\nspec:\r\n  template:\r\n    spec:\r\n      containers:\r\n      - name: a\r\n        securityContext: {readOnlyRootFilesystem: true}\r\n      ephemeralContainers:\r\n      - name: dbg\r\n        securityContext:\r\n          readOnlyRootFilesystem: true\r\n',
    },
  ],
};

/** K8S017 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];
const TITLE_BOTH = 'Request cpu: 100m, memory: 128Mi (placeholders: size them from observed usage)';

export const cases: RuleTests = {
  valid: [
    { name: 'both requested, init container too', code: y(...POD, '  initContainers:', '  - name: i', '    resources: {requests: {cpu: 10m, memory: 16Mi}}', '  containers:', '  - name: a', '    resources:', '      requests:', '        cpu: 250m', '        memory: 256Mi') },
    { name: 'ephemeral containers cannot declare resources', code: y(...POD, '  containers:', '  - name: a', '    resources: {requests: {cpu: 1, memory: 1Gi}}', '  ephemeralContainers:', '  - name: dbg') },
  ],
  invalid: [
    {
      name: 'no resources at all',
      code: y(...POD, '  containers:', '  - name: a', '    image: app:1'),
      errors: [{ messageId: 'missing', range: [6, 4, 6, 8], message: 'Container "a" of Pod "web" does not request cpu or memory', suggestions: [TITLE_BOTH] }],
    },
    {
      name: 'resources: {} flow map',
      code: y(...POD, '  containers:', '  - name: a', '    resources: {}'),
      errors: [{ messageId: 'missing', range: [7, 4, 7, 13], suggestions: [TITLE_BOTH] }],
    },
    {
      name: 'only limits: memory request missing; cpu request of 0 counts as unset but is not duplicated',
      code: y(...POD, '  containers:', '  - name: a', '    resources:', '      requests:', '        cpu: 0', '      limits:', '        memory: 1Gi'),
      errors: [{ messageId: 'missing', range: [7, 4, 7, 13], message: 'does not request cpu or memory', suggestions: ['Request memory: 128Mi (placeholders: size them from observed usage)'] }],
    },
    {
      name: 'init container of a CronJob, CRLF',
      code: 'apiVersion: batch/v1\r\nkind: CronJob\r\nmetadata:\r\n  name: c\r\nspec:\r\n  jobTemplate:\r\n    spec:\r\n      template:\r\n        spec:\r\n          initContainers:\r\n          - name: i\r\n            resources:\r\n              requests: {memory: 1Gi}\r\n          containers:\r\n          - name: a\r\n            resources: {requests: {cpu: 1, memory: 1Gi}}\r\n',
      errors: [{ messageId: 'missing', range: [11, 12, 11, 21], message: 'Init container "i" of CronJob "c" does not request cpu,', suggestions: ['Request cpu: 100m (placeholders: size them from observed usage)'] }],
    },
  ],
};

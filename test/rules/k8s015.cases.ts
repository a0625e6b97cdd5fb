/** K8S015 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'pod spec disables it', code: y(...POD, '  automountServiceAccountToken: false', '  containers:', '  - name: a') },
    { name: 'ServiceAccount in the same file disables it', code: y('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: app', 'automountServiceAccountToken: false', '---', ...POD, '  serviceAccountName: app', '  containers:', '  - name: a') },
    { name: 'the default account disabled in the file covers pods without serviceAccountName', code: y('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: default', 'automountServiceAccountToken: no', '---', ...POD, '  containers:', '  - name: a') },
  ],
  invalid: [
    {
      name: 'pod without the field: reported on spec, fix inserts it',
      code: y(...POD, '  containers:', '  - name: a'),
      errors: [{ messageId: 'podDefault', range: [4, 0, 4, 4], message: 'Pod "web" does not set automountServiceAccountToken: false, so every container gets a Kubernetes API token for service account "default"' }],
      output: y(...POD, '  containers:', '  - name: a', '  automountServiceAccountToken: false'),
    },
    {
      name: 'explicit true on a Deployment template',
      code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      serviceAccountName: builder', '      automountServiceAccountToken: true', '      containers:', '      - name: a'),
      errors: [{ messageId: 'podEnabled', range: [8, 36, 8, 40], message: 'service account "builder"' }],
      output: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      serviceAccountName: builder', '      automountServiceAccountToken: false', '      containers:', '      - name: a'),
    },
    {
      name: 'ServiceAccount object without the field; an account in another namespace does not cover the pod',
      code: y('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: app', '  namespace: other', '---', 'apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: app', '  namespace: other2', 'automountServiceAccountToken: false'),
      errors: [{ messageId: 'accountDefault', range: [1, 0, 1, 4], message: 'ServiceAccount "app" does not set automountServiceAccountToken: false' }],
      output: y('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: app', '  namespace: other', 'automountServiceAccountToken: false', '---', 'apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: app', '  namespace: other2', 'automountServiceAccountToken: false'),
    },
    {
      name: 'empty value and CRLF CronJob',
      code: 'apiVersion: batch/v1\r\nkind: CronJob\r\nmetadata:\r\n  name: c\r\nspec:\r\n  jobTemplate:\r\n    spec:\r\n      template:\r\n        spec:\r\n          automountServiceAccountToken:\r\n          containers:\r\n          - name: a\r\n',
      errors: [{ messageId: 'podDefault', range: [8, 8, 8, 12], message: 'CronJob "c"' }],
      output: 'apiVersion: batch/v1\r\nkind: CronJob\r\nmetadata:\r\n  name: c\r\nspec:\r\n  jobTemplate:\r\n    spec:\r\n      template:\r\n        spec:\r\n          automountServiceAccountToken: false\r\n          containers:\r\n          - name: a\r\n',
    },
  ],
};

/** K8S033 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'Deployment', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]') },
    { name: 'PodTemplate is not a running pod', code: y('apiVersion: v1', 'kind: PodTemplate', 'metadata:', '  name: t', 'template:', '  spec:', '    containers: [{name: a}]') },
  ],
  invalid: [
    {
      name: 'naked Pod',
      code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers: [{name: a}]'),
      errors: [{ messageId: 'naked', range: [1, 6, 1, 9], message: 'Pod "web" is not managed by a controller' }],
    },
    {
      name: 'in a List, CRLF',
      code: 'apiVersion: v1\r\nkind: List\r\nitems:\r\n- apiVersion: v1\r\n  kind: Pod\r\n  metadata: {name: p}\r\n  spec: {containers: [{name: a}]}\r\n',
      errors: [{ messageId: 'naked', range: [4, 8, 4, 11] }],
    },
  ],
};

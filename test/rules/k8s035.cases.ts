/** K8S035 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const SPEC = ['spec:', '  template:', '    spec:', '      containers: [{name: a}]'];

export const cases: RuleTests = {
  valid: [
    { name: 'owner label', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', '  labels: {owner: payments}', ...SPEC) },
    { name: 'team annotation', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', '  annotations:', '    team: payments', ...SPEC) },
    { name: 'not a workload', code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s') },
  ],
  invalid: [
    {
      name: 'no owner',
      code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', '  labels: {app: d}', ...SPEC),
      errors: [{ messageId: 'missing', range: [2, 0, 2, 8], message: 'Deployment "d" has no owner label or annotation' }],
    },
    {
      name: 'empty owner value',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: c', '  labels:', '    owner: ""', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          containers: [{name: a}]'),
      errors: [{ messageId: 'missing', range: [2, 0, 2, 8], message: 'CronJob "c"' }],
    },
  ],
};

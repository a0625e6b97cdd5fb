/** K8S034 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const DEPLOY = (replicas: string): string[] => ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', `  replicas: ${replicas}`, '  template:', '    spec:', '      containers: [{name: a}]'];

export const cases: RuleTests = {
  valid: [
    { name: 'three replicas', code: y(...DEPLOY('3')) },
    { name: 'replicas absent (autoscaler or tooling)', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]') },
    { name: 'an HPA in the file manages it', code: y(...DEPLOY('1'), '---', 'apiVersion: autoscaling/v2', 'kind: HorizontalPodAutoscaler', 'metadata:', '  name: web', 'spec:', '  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}', '  minReplicas: 2', '  maxReplicas: 5') },
    { name: 'DaemonSets have no replicas', code: y('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: d', 'spec:', '  replicas: 1', '  template:', '    spec:', '      containers: [{name: a}]') },
  ],
  invalid: [
    {
      name: 'replicas: 1',
      code: y(...DEPLOY('1 # for now')),
      errors: [{ messageId: 'single', range: [5, 12, 5, 13], message: 'Deployment "web" runs a single replica', suggestions: ['Run 2 replicas'] }],
    },
    {
      name: 'StatefulSet, CRLF',
      code: 'apiVersion: apps/v1\r\nkind: StatefulSet\r\nmetadata:\r\n  name: db\r\nspec:\r\n  replicas: 1\r\n  template:\r\n    spec:\r\n      containers: [{name: a}]\r\n',
      errors: [{ messageId: 'single', range: [5, 12, 5, 13], message: 'StatefulSet "db"' }],
    },
  ],
};

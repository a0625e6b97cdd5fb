/** HV012 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'two replicas', code: y('replicaCount: 2') },
    { name: 'autoscaling enabled', code: y('replicaCount: 1', 'autoscaling:', '  enabled: true', '  minReplicas: 2') },
    { name: 'disabled component', code: y('readReplicas:', '  enabled: false', '  replicaCount: 1') },
  ],
  invalid: [
    {
      name: 'helm create default',
      code: y('replicaCount: 1', 'autoscaling:', '  enabled: false'),
      errors: [{ messageId: 'single', range: [0, 14, 0, 15], message: 'replicaCount is 1 and autoscaling is not enabled', suggestions: ['Run 2 replicas'] }],
    },
    {
      name: 'component replica count',
      code: y('primary:', '  replicaCount: 1'),
      errors: [{ messageId: 'single', range: [1, 16, 1, 17], message: 'primary.replicaCount' }],
    },
  ],
};

/** HV016 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const c = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'Bitnami default: create true', code: y('replicaCount: 3', 'pdb:', '  create: true', '  minAvailable: ""', '  maxUnavailable: ""') },
    { name: 'single replica, no autoscaling', code: y('replicaCount: 1', 'pdb:', '  create: false') },
    { name: 'autoscaling off', code: y('replicaCount: 1', 'autoscaling:', '  enabled: false', 'podDisruptionBudget:', '  enabled: false') },
    { name: 'disabled component', code: y('readReplicas:', '  enabled: false', '  replicaCount: 2', '  pdb:', '    create: false') },
    { name: 'replicas of another component do not count', code: y('replicaCount: 3', 'metrics:', '  pdb:', '    create: false') },
    { name: 'no switch', code: y('replicaCount: 3', 'pdb:', '  minAvailable: 1') },
    { name: 'flow map create true', code: y('replicaCount: 2', 'pdb: {create: true, maxUnavailable: 1}') },
    { name: 'templated replica count', code: y('replicaCount: "{{ .Values.global.replicas }}"', 'pdb:', '  create: false') },
  ],
  invalid: [
    {
      name: 'Bitnami pdb.create false with 3 replicas',
      code: y('replicaCount: 3', 'pdb:', '  create: false', '  minAvailable: ""', '  maxUnavailable: ""'),
      errors: [{ messageId: 'replicas', range: [2, 10, 2, 15], message: 'pdb.create is false while the chart runs 3 replicas', suggestions: ['Create the PodDisruptionBudget'] }],
    },
    {
      name: 'podDisruptionBudget.enabled false with autoscaling',
      code: y('replicaCount: 1', 'autoscaling:', '  enabled: true', '  minReplicas: 2', 'podDisruptionBudget:', '  enabled: false', '  minAvailable: 1'),
      errors: [{ messageId: 'autoscaled', range: [5, 11, 5, 16], message: 'podDisruptionBudget.enabled is false while the chart autoscales' }],
    },
    {
      name: 'nested component',
      code: y('primary:', '  replicaCount: 2', '  pdb:', '    create: false'),
      errors: [{ messageId: 'replicas', range: [3, 12, 3, 17], message: 'primary.pdb.create is false while "primary" runs 2 replicas' }],
    },
    {
      name: 'component with hpa',
      code: y('worker:', '  hpa:', '    enabled: true', '  pdb: {create: false}'),
      errors: [{ messageId: 'autoscaled', range: [3, 16, 3, 21], message: 'worker.pdb.create is false while "worker" autoscales' }],
    },
    {
      name: 'CRLF overlay',
      filename: 'values-prod.yaml',
      code: c('replicaCount: 2', 'pdb:', '  create: false'),
      errors: [{ messageId: 'replicas', range: [2, 10, 2, 15] }],
    },
  ],
};

/** HV011 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'filled resources', code: y('resources:', '  requests: {cpu: 100m, memory: 128Mi}', '  limits: {memory: 256Mi}') },
    { name: 'Bitnami preset supplies them', code: y('primary:', '  resourcesPreset: "nano"', '  resources: {}') },
    { name: 'disabled component', code: y('metrics:', '  enabled: false', '  resources: {}') },
  ],
  invalid: [
    {
      name: 'helm create resources: {}',
      code: y('resources: {}', '  # limits:', '  #   cpu: 100m'),
      errors: [{ messageId: 'empty', range: [0, 0, 0, 9], message: 'resources is empty, so the rendered containers request no CPU or memory' }],
    },
    {
      name: 'Bitnami preset none',
      code: y('primary:', '  resourcesPreset: none', '  resources: {}'),
      errors: [{ messageId: 'empty', range: [2, 2, 2, 11], message: 'primary.resources is empty and resourcesPreset is none' }],
    },
  ],
};

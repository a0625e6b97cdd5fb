/** HV010 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'helm create with automount false', code: y('serviceAccount:', '  create: true', '  automount: false', '  name: ""') },
    { name: 'automount outside a serviceAccount block means something else', code: y('volumes:', '  automount: true') },
    { name: 'disabled component', code: y('worker:', '  enabled: false', '  automountServiceAccountToken: true') },
    { name: 'a controller given RBAC needs its token', code: y('controller:', '  automountServiceAccountToken: true', '  rbac:', '    create: true') },
    { name: 'chart-wide rbac.create', code: y('rbac:', '  create: true', 'serviceAccount:', '  automount: true') },
  ],
  invalid: [
    {
      name: 'helm create default',
      code: y('serviceAccount:', '  create: true', '  automount: true # scaffold default', '  annotations: {}'),
      errors: [{ messageId: 'enabled', range: [2, 13, 2, 17], message: 'serviceAccount.automount is true' }],
      output: y('serviceAccount:', '  create: true', '  automount: false # scaffold default', '  annotations: {}'),
    },
    {
      name: 'Bitnami automountServiceAccountToken',
      code: y('primary:', '  automountServiceAccountToken: yes'),
      errors: [{ messageId: 'enabled', range: [1, 32, 1, 35], message: 'primary.automountServiceAccountToken is true' }],
      output: y('primary:', '  automountServiceAccountToken: false'),
    },
  ],
};

/** HV015 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const c = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'helm create default: create true', code: y('serviceAccount:', '  create: true', '  automount: false', '  annotations: {}', '  name: ""') },
    { name: 'existing account named', code: y('serviceAccount:', '  create: false', '  name: app-reader') },
    { name: 'create unset (chart default decides)', code: y('serviceAccount:', '  name: ""') },
    { name: 'account named beside the block', code: y('serviceAccountName: app', 'serviceAccount:', '  create: false') },
    { name: 'disabled component', code: y('metrics:', '  enabled: false', '  serviceAccount:', '    create: false', '    name: ""') },
    { name: 'flow map with a name', code: y('serviceAccount: {create: false, name: app}') },
    { name: 'quoted "false" is a non-empty string: Helm templates treat it as true', code: y('serviceAccount:', '  create: "false"') },
    { name: 'create true with name default is another problem (a created account)', code: y('serviceAccount:', '  create: true', '  name: default') },
  ],
  invalid: [
    {
      name: 'create false, empty name',
      code: y('serviceAccount:', '  create: false', '  name: ""'),
      errors: [{ messageId: 'defaultAccount', range: [1, 10, 1, 15], message: 'serviceAccount.create is false and no account name is set', suggestions: ['Let the chart create its own service account (create: true)'] }],
    },
    {
      name: 'nested component (Harbor nginx), name missing',
      code: y('nginx:', '  serviceAccount:', '    create: false', '    automountServiceAccountToken: false'),
      errors: [{ messageId: 'defaultAccount', range: [2, 12, 2, 17], message: 'nginx.serviceAccount.create is false' }],
    },
    {
      name: 'named default',
      code: y('serviceAccount:', '  create: false', '  name: default'),
      errors: [{ messageId: 'namedDefault', range: [2, 8, 2, 15], message: 'serviceAccount.name is "default"' }],
    },
    {
      name: 'flow map',
      code: y('serviceAccount: {create: false}'),
      errors: [{ messageId: 'defaultAccount', range: [0, 25, 0, 30] }],
    },
    {
      name: 'CRLF overlay',
      filename: 'values-prod.yaml',
      code: c('worker:', '  serviceAccount:', '    create: false'),
      errors: [{ messageId: 'defaultAccount', range: [2, 12, 2, 17], message: 'worker.serviceAccount.create' }],
    },
  ],
};

/** K8S026 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'Default', code: y(...POD, '  containers:', '  - name: a', '    securityContext: {procMount: Default}') },
    { name: 'pod-level procMount does not exist', code: y(...POD, '  securityContext: {procMount: Unmasked}', '  containers:', '  - name: a') },
  ],
  invalid: [
    {
      name: 'Unmasked',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      procMount: Unmasked'),
      errors: [{ messageId: 'unmasked', range: [8, 17, 8, 25], message: 'Container "a" of Pod "web" sets procMount: Unmasked' }],
      output: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      procMount: Default'),
    },
    {
      name: 'init container, CRLF',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  initContainers:\r\n  - name: i\r\n    securityContext: {procMount: "Unmasked"}\r\n  containers:\r\n  - name: a\r\n',
      errors: [{ messageId: 'unmasked', range: [7, 33, 7, 43], message: 'Init container "i"' }],
      output: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  initContainers:\r\n  - name: i\r\n    securityContext: {procMount: Default}\r\n  containers:\r\n  - name: a\r\n',
    },
  ],
};

/** K8S008 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'only NET_BIND_SERVICE added', code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      capabilities:', '        drop: [ALL]', '        add: [NET_BIND_SERVICE]') },
    { name: 'CAP_ prefix normalised', code: y(...POD, '  containers:', '  - name: a', '    securityContext: {capabilities: {add: ["CAP_NET_BIND_SERVICE"]}}') },
    { name: 'drop list is not an addition', code: y(...POD, '  containers:', '  - name: a', '    securityContext: {capabilities: {drop: [SYS_ADMIN]}}') },
    { name: 'pod securityContext has no capabilities field', code: y(...POD, '  securityContext:', '    capabilities: {add: [SYS_ADMIN]}', '  containers:', '  - name: a') },
  ],
  invalid: [
    {
      name: 'SYS_ADMIN in a block list: dangerous, suggestion empties the list',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      capabilities:', '        add:', '        - SYS_ADMIN'),
      errors: [{ messageId: 'dangerous', range: [10, 10, 10, 19], message: 'Container "a" of Pod "web" adds the SYS_ADMIN capability', suggestions: ['Remove SYS_ADMIN from capabilities.add'] }],
    },
    {
      name: 'several capabilities in a flow list, init container; CHOWN is a plain addition',
      code: y(...POD, '  initContainers:', '  - name: i', '    securityContext: {capabilities: {add: [CHOWN, "CAP_SYS_PTRACE", NET_BIND_SERVICE]}}', '  containers:', '  - name: a'),
      errors: [
        { messageId: 'added', range: [7, 43, 7, 48], message: 'Init container "i" of Pod "web" adds the CHOWN capability', suggestions: ['Remove CHOWN from capabilities.add'] },
        { messageId: 'dangerous', range: [7, 50, 7, 66], message: 'adds the SYS_PTRACE capability', suggestions: ['Remove SYS_PTRACE from capabilities.add'] },
      ],
    },
    {
      name: 'ALL added, Deployment, CRLF',
      code: 'apiVersion: apps/v1\r\nkind: Deployment\r\nmetadata:\r\n  name: d\r\nspec:\r\n  template:\r\n    spec:\r\n      containers:\r\n      - name: a\r\n        securityContext:\r\n          capabilities:\r\n            add: ["ALL"]\r\n',
      errors: [{ messageId: 'dangerous', range: [11, 18, 11, 23], message: 'adds the ALL capability' }],
    },
  ],
};
